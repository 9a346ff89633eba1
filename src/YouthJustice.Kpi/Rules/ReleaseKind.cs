namespace YouthJustice.Kpi.Engine;

/// <summary>Where a cohort child stands for the custody "on release" rows of KPIs 1 and 2 (<see cref="CustodyRelease"/>).</summary>
internal enum ReleaseKind
{
    /// <summary>The type of order is not custodial: not in the release denominator.</summary>
    NotCustodial,

    /// <summary>Custodial, but the kept intervention gives no release date: not in the release denominator.</summary>
    NoReleaseDate,

    /// <summary>Custodial, with a release date after the end of the order: not in the release denominator.</summary>
    AfterOrderEnd,

    /// <summary>Custodial and released on or before the end of the order: in the release denominator.</summary>
    Released,
}
