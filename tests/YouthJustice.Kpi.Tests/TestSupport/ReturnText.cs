using System.Text;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>A return as one text, for comparing two returns whole.</summary>
internal static class ReturnText
{
    /// <summary>Every measure (fraction and split by type of order) and the whole cohort (every field of every member and exclusion).</summary>
    public static string Canonical(KpiReturn result)
    {
        var text = new StringBuilder();
        text.Append(result.Service.Value).Append(' ').Append(result.Quarter).Append(' ').Append(result.Definitions.Name).Append(' ').Append(result.Profile).AppendLine();
        foreach (var measure in result.Measures)
        {
            text.Append(measure.Id).Append('=').Append(measure.Fraction.Numerator).Append('/').Append(measure.Fraction.Denominator);
            foreach (var (type, fraction) in measure.ByTypeOfOrder.OrderBy(s => s.Key.Value))
            {
                text.Append(' ').Append(type.Name).Append('=').Append(fraction.Numerator).Append('/').Append(fraction.Denominator);
            }

            text.AppendLine();
        }

        foreach (var member in result.Cohort.Members)
        {
            text.Append(member).AppendLine();
        }

        foreach (var exclusion in result.Cohort.Exclusions)
        {
            text.Append(exclusion).AppendLine();
        }

        return text.ToString();
    }
}
