using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>Words and date steps shared by the reasons' messages.</summary>
internal static class Names
{
    internal static string Of(DateBasis basis) => basis switch
    {
        DateBasis.OffenceDate => "offence date",
        DateBasis.ConvictionDate => "conviction date",
        _ => "sentence date",
    };

    internal static string Term(Period term) => Terms.Describe(term);

    internal static string Unit(LimitUnit unit) => LegalLimit.UnitText(unit);

    internal static LocalDate? Add(LocalDate start, int amount, LimitUnit unit) => unit switch
    {
        LimitUnit.Months => start.PlusMonths(amount),
        LimitUnit.Days => start.PlusDays(amount),
        _ => null,
    };
}
