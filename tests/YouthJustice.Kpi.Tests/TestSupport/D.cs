using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>Dates in tests, written as ISO text for readability: <c>D("2024-03-31")</c>.</summary>
internal static class Dates
{
    public static LocalDate D(string iso) => LocalDatePattern.Iso.WithCulture(CultureInfo.InvariantCulture).Parse(iso).Value;
}
