using nietras.SeparatedValues;
using YouthJustice.Domain.Disposals;
using YouthJustice.Interchange.Csv;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Interchange.Returns;

/// <summary>
/// Writes KPI returns as one long CSV table for spreadsheets and analysts (what <c>yj kpi --format csv</c> writes): a
/// row per measure and split (<c>section=measure</c>; <c>split</c> is <c>all</c> or a type of order), then the cohort
/// counts (<c>section=cohort</c>). Values are as in the JSON return: exact numerator and denominator, the value
/// rounded to one decimal place (a count as a whole number), empty when the denominator is 0. RFC 4180 quoting.
/// </summary>
public static class KpiReturnCsvWriter
{
    /// <summary>The header of one service's return.</summary>
    public const string Header = "section,id,kpi,split,numerator,denominator,value,unit,provisional,title";

    /// <summary>The header of several returns in one table (<see cref="WriteMany"/>): the service and the quarter first.</summary>
    public const string ManyHeader = "service,quarter," + Header;

    /// <summary>Writes one return.</summary>
    /// <param name="kpiReturn">The return.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(KpiReturn kpiReturn, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(kpiReturn);
        using var csv = CsvReport.Writer(writer, Header);
        Rows(csv, kpiReturn, withService: false);
    }

    /// <summary>
    /// Writes several returns (services and quarters, as the national job computes them) as one table, each row led by
    /// its service code and quarter, in the order given.
    /// </summary>
    /// <param name="returns">The returns.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void WriteMany(IEnumerable<KpiReturn> returns, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(returns);
        using var csv = CsvReport.Writer(writer, ManyHeader);
        foreach (var kpiReturn in returns)
        {
            Rows(csv, kpiReturn, withService: true);
        }
    }

    private static void Rows(SepWriter csv, KpiReturn result, bool withService)
    {
        foreach (var measure in result.Measures)
        {
            var kpi = measure.Definition.Area is { } area ? area.PublicNumber.ToString(CultureInfo.InvariantCulture) : string.Empty;
            Measure(csv, result, withService, measure, kpi, "all", measure.Fraction);
            foreach (var type in TypeOfOrder.List.OrderBy(t => t.Value))
            {
                if (measure.ByTypeOfOrder.TryGetValue(type, out var split))
                {
                    Measure(csv, result, withService, measure, kpi, type.Name, split);
                }
            }
        }

        var cohort = result.Cohort;
        Count(csv, result, withService, "candidates", "all", cohort.Candidates, "Children with an intervention ending in the quarter");
        Count(csv, result, withService, "children", "all", cohort.Members.Count, "Children in the cohort");
        foreach (var type in TypeOfOrder.List.OrderBy(t => t.Value))
        {
            Count(csv, result, withService, "children", type.Name, cohort.Members.Count(m => m.TypeOfOrder == type), type.YjbLabel);
        }

        Count(csv, result, withService, "excluded", "all", cohort.Exclusions.Count, "Candidates excluded from the cohort");
        // A reason only a profile gives (yjaf-case-level §6.1) is listed only when a child has it, so a return under the guidance is unchanged.
        foreach (var reason in ExclusionReason.List.OrderBy(r => r.Order).Where(r => r.Divergence is null || cohort.Exclusions.Any(e => e.Reason == r)))
        {
            Count(csv, result, withService, "excluded", reason.Name, cohort.Exclusions.Count(e => e.Reason == reason), reason.Description);
        }
    }

    private static void Measure(SepWriter csv, KpiReturn result, bool withService, MeasureResult measure, string kpi, string split, Fraction fraction)
    {
        var unit = measure.Definition.Unit;
        var value = fraction.ValueIn(unit);
        Row(
            csv,
            result,
            withService,
            "measure",
            measure.Id,
            kpi,
            split,
            fraction.Numerator.ToString(CultureInfo.InvariantCulture),
            fraction.Denominator.ToString(CultureInfo.InvariantCulture),
            value is null ? string.Empty : value.Value.ToString(unit == MeasureUnit.Count ? "0" : "0.0", CultureInfo.InvariantCulture),
            unit.Name,
            measure.Provisional ? "true" : "false",
            measure.Definition.Title);
    }

    private static void Count(SepWriter csv, KpiReturn result, bool withService, string id, string split, int count, string title)
        => Row(csv, result, withService, "cohort", id, string.Empty, split, count.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty, "count", "false", title);

    private static void Row(SepWriter csv, KpiReturn result, bool withService, string section, string id, string kpi, string split, string numerator, string denominator, string value, string unit, string provisional, string title)
    {
        using var row = csv.NewRow();
        if (withService)
        {
            row["service"].Set(result.Service.Value);
            row["quarter"].Set(result.Quarter.ToString());
        }

        row["section"].Set(section);
        row["id"].Set(id);
        row["kpi"].Set(kpi);
        row["split"].Set(split);
        row["numerator"].Set(numerator);
        row["denominator"].Set(denominator);
        row["value"].Set(value);
        row["unit"].Set(unit);
        row["provisional"].Set(provisional);
        row["title"].Set(title);
    }
}
