using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Kpi.Engine;

/// <summary>Counts statuses into numerators and denominators, overall and by the current child's type of order.
/// No allocation after construction.</summary>
internal sealed class MeasureAccumulator : IMeasureSink
{
    public const int TypeCount = 6;

    public MeasureAccumulator(int measureCount)
    {
        Numerators = new long[measureCount];
        Denominators = new long[measureCount];
        TypeNumerators = new long[measureCount * TypeCount];
        TypeDenominators = new long[measureCount * TypeCount];
    }

    public long[] Numerators { get; }

    public long[] Denominators { get; }

    public long[] TypeNumerators { get; }

    public long[] TypeDenominators { get; }

    /// <summary>The 0-based type-of-order index of the child being counted, or -1 when not split.</summary>
    public int CurrentType { get; set; } = -1;

    public void Record(int measure, ChildMeasureStatus status, in Reason reason)
    {
        if (status == ChildMeasureStatus.NotInDenominator)
        {
            return;
        }

        var met = status == ChildMeasureStatus.Met ? 1 : 0;
        Denominators[measure]++;
        Numerators[measure] += met;
        if (CurrentType >= 0)
        {
            var cell = (measure * TypeCount) + CurrentType;
            TypeDenominators[cell]++;
            TypeNumerators[cell] += met;
        }
    }
}
