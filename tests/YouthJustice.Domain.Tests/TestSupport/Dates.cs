using NodaTime;
using NodaTime.Text;

namespace YouthJustice.Domain.Tests.TestSupport;

internal static class Dates
{
    /// <summary>An ISO date (<c>yyyy-MM-dd</c>) as a <see cref="LocalDate"/>.</summary>
    internal static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    /// <summary>An optional ISO date.</summary>
    internal static LocalDate? Od(string? iso) => iso is null ? null : D(iso);
}
