using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Cli.Output;

/// <summary>Small formatting helpers shared by the renderers (invariant culture throughout).</summary>
internal static class Format
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Value(Fraction fraction, MeasureUnit unit) => fraction.Display(unit);

    public static string Value(MeasureResult result)
        => result.Fraction.Display(result.Definition.Unit) + (result.Provisional ? " (provisional)" : string.Empty);

    public static string Quarter(ReportingQuarter quarter)
        => string.Create(CultureInfo.InvariantCulture, $"{quarter} ({quarter.Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} to {quarter.End.ToString("d MMM yyyy", CultureInfo.InvariantCulture)})");
}
