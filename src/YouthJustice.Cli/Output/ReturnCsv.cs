using System.Globalization;
using System.IO;
using System.Linq;
using YouthJustice.Domain.Disposals;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Cli.Output;

/// <summary>
/// The KPI return as one long CSV table for spreadsheets and analysts: a row per measure and split
/// (<c>section=measure</c>; <c>split</c> is <c>all</c> or a type of order), then the cohort counts
/// (<c>section=cohort</c>). Values are as in the JSON return: exact numerator and denominator, the value rounded to
/// one decimal place, empty when the denominator is 0.
/// </summary>
internal static class ReturnCsv
{
    public const string Header = "section,id,kpi,split,numerator,denominator,value,unit,provisional,title";

    public static void Write(KpiReturn result, TextWriter writer)
    {
        writer.Write(Header + "\n");
        foreach (var measure in result.Measures)
        {
            var kpi = measure.Definition.Area is { } area ? area.PublicNumber.ToString(CultureInfo.InvariantCulture) : string.Empty;
            Row(writer, "measure", measure.Id, kpi, "all", measure.Fraction, measure.Definition.Unit, measure.Provisional, measure.Definition.Title);
            foreach (var type in TypeOfOrder.List.OrderBy(t => t.Value))
            {
                if (measure.ByTypeOfOrder.TryGetValue(type, out var split))
                {
                    Row(writer, "measure", measure.Id, kpi, type.Name, split, measure.Definition.Unit, measure.Provisional, measure.Definition.Title);
                }
            }
        }

        var cohort = result.Cohort;
        Count(writer, "candidates", "all", cohort.Candidates, "Children with an intervention ending in the quarter");
        Count(writer, "children", "all", cohort.Members.Count, "Children in the cohort");
        foreach (var type in TypeOfOrder.List.OrderBy(t => t.Value))
        {
            Count(writer, "children", type.Name, cohort.Members.Count(m => m.TypeOfOrder == type), type.YjbLabel);
        }

        Count(writer, "excluded", "all", cohort.Exclusions.Count, "Candidates excluded from the cohort");
        foreach (var reason in ExclusionReason.List.OrderBy(r => r.Order))
        {
            Count(writer, "excluded", reason.Name, cohort.Exclusions.Count(e => e.Reason == reason), reason.Description);
        }
    }

    private static void Row(TextWriter writer, string section, string id, string kpi, string split, Fraction fraction, MeasureUnit unit, bool provisional, string title)
    {
        var value = fraction.ValueIn(unit);
        writer.Write(string.Join(
            ',',
            section,
            Csv.Field(id),
            kpi,
            split,
            fraction.Numerator.ToString(CultureInfo.InvariantCulture),
            fraction.Denominator.ToString(CultureInfo.InvariantCulture),
            value is null ? string.Empty : value.Value.ToString(unit == MeasureUnit.Count ? "0" : "0.0", CultureInfo.InvariantCulture),
            unit.Name,
            provisional ? "true" : "false",
            Csv.Field(title)));
        writer.Write('\n');
    }

    private static void Count(TextWriter writer, string id, string split, int count, string title)
    {
        writer.Write(string.Join(',', "cohort", id, string.Empty, split, count.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty, "count", "false", Csv.Field(title)));
        writer.Write('\n');
    }
}
