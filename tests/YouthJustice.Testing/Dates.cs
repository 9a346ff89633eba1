using NodaTime;
using NodaTime.Text;

namespace YouthJustice.Testing;

/// <summary>Dates written as ISO text in tests: <c>D("2024-02-29")</c>.</summary>
public static class Dates
{
    /// <summary>The date of ISO text (<c>2024-02-29</c>); throws on anything else, as a test's own data must be right.</summary>
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    /// <summary>The date of ISO text, or <see langword="null"/> for <see langword="null"/>.</summary>
    public static LocalDate? Od(string? iso) => iso is null ? null : D(iso);
}
