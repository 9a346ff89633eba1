using YouthJustice.Interchange.Returns;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Interchange.Validation;

/// <summary>
/// One figure of their return as it is compared: only the parts given. A value is compared only when given: the
/// document cannot tell a value left out from <c>"value": null</c>, so <see langword="null"/> is "not given".
/// </summary>
/// <param name="Numerator">The numerator, when given.</param>
/// <param name="Denominator">The denominator, when given.</param>
/// <param name="Value">The value, when given.</param>
internal readonly record struct TheirFigure(long? Numerator, long? Denominator, decimal? Value)
{
    public static TheirFigure Of(ReturnedMeasure measure) => new(measure.Numerator, measure.Denominator, measure.Value);

    // A split cell gives a numerator and a denominator, never a value.
    public static TheirFigure Of(Fraction cell) => new(cell.Numerator, cell.Denominator, null);
}
