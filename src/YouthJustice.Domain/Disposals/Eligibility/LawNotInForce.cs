using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The disposal or the rules the library holds for it were not law on the date that decides.</summary>
public sealed record LawNotInForce : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="provision">The provision, in words.</param>
    /// <param name="basis">Which date decides.</param>
    /// <param name="date">That date.</param>
    /// <param name="inForceFrom">The first day the provision applies, or <see langword="null"/>.</param>
    /// <param name="inForceUntil">The last day it applied, or <see langword="null"/>.</param>
    public LawNotInForce(
        string ruleId,
        string citation,
        string provision,
        DateBasis basis,
        LocalDate date,
        LocalDate? inForceFrom,
        LocalDate? inForceUntil)
        : base(ruleId, citation)
    {
        Provision = Preconditions.CheckNotBlank(provision, nameof(provision));
        Basis = basis;
        Date = date;
        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
    }

    /// <summary>The provision, in words.</summary>
    public string Provision { get; }

    /// <summary>Which date decides.</summary>
    public DateBasis Basis { get; }

    /// <summary>That date.</summary>
    public LocalDate Date { get; }

    /// <summary>The first day the provision applies, or <see langword="null"/>.</summary>
    public LocalDate? InForceFrom { get; }

    /// <summary>The last day it applied, or <see langword="null"/>.</summary>
    public LocalDate? InForceUntil { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: {Provision} was not in force on the {Names.Of(Basis)} {Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}; in force {(InForceFrom is null ? "" : "from " + InForceFrom.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))}{(InForceUntil is null ? "" : " until " + InForceUntil.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))} ({Citation}).";
}
