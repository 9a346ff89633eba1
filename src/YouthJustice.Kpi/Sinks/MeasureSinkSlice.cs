using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Kpi.Engine;

/// <summary>A KPI's view of the sink: it records by its own measure numbers (0, 1, 2 ...), which this offsets
/// into the engine's catalogue.</summary>
internal readonly struct MeasureSinkSlice
{
    private readonly IMeasureSink _sink;
    private readonly int _base;

    public MeasureSinkSlice(IMeasureSink sink, int baseIndex)
    {
        _sink = sink;
        _base = baseIndex;
    }

    public void Record(int localMeasure, ChildMeasureStatus status, in Reason reason) => _sink.Record(_base + localMeasure, status, reason);

    /// <summary>Records Met when <paramref name="met"/>, NotMet otherwise.</summary>
    public void MetOrNot(int localMeasure, bool met, in Reason reason)
        => _sink.Record(_base + localMeasure, met ? ChildMeasureStatus.Met : ChildMeasureStatus.NotMet, reason);

    public void NotInDenominator(int localMeasure, in Reason reason) => _sink.Record(_base + localMeasure, ChildMeasureStatus.NotInDenominator, reason);
}
