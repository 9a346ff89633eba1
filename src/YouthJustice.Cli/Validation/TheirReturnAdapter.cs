using System.Linq;
using YouthJustice.Interchange.Returns;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Cli.Validation;

/// <summary>Turns the Interchange reader's <see cref="KpiReturnDocument"/> into what <see cref="ReturnComparison"/> compares.</summary>
internal static class TheirReturnAdapter
{
    public static TheirReturn From(KpiReturnDocument document)
        => new(
            document.Service,
            document.Quarter.ToString(),
            document.Definitions.Name,
            document.Measures.Select(Measure).ToList(),
            document.CohortChildren,
            document.Excluded.Select(e => (e.ChildId, e.Reason.Name)).ToList(),
            document.Children?.Select(c => new TheirChild(c.ChildId, c.TypeOfOrder.Name, c.Measures)).ToList());

    // The document cannot tell a value left out from "value": null; a null value is therefore not compared (the
    // numerator and denominator are, and the reader warns when a value does not match them: IX-RET-001).
    private static TheirMeasure Measure(ReturnedMeasure measure)
        => new(
            measure.Id,
            new TheirFigure(measure.Numerator, measure.Denominator, measure.Value is null ? Optional<decimal?>.Absent : Optional<decimal?>.Of(measure.Value)),
            measure.ByTypeOfOrder.ToDictionary(p => p.Key.Name, p => Cell(p.Value)));

    private static TheirFigure Cell(Fraction fraction) => new(fraction.Numerator, fraction.Denominator, Optional<decimal?>.Absent);
}
