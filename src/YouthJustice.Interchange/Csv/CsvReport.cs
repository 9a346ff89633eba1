using nietras.SeparatedValues;

namespace YouthJustice.Interchange.Csv;

/// <summary>
/// How the library writes its CSV reports (returns, definition differences): comma-separated, RFC 4180 quoting (a
/// field with a comma, quote or line break is quoted, quotes doubled), invariant culture, the header written even when
/// there is no row.
/// </summary>
internal static class CsvReport
{
    public static SepWriter Writer(TextWriter writer, string header)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var csv = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture, WriteHeader = true }).To(writer, leaveOpen: true);
        csv.Header.Add(header.Split(','));
        csv.Header.Write();
        return csv;
    }
}
