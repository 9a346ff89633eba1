namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The one place where a cohort child's release from custody is decided, for the custody "on release" rows of KPIs 1
/// and 2 (kpi-rules §1.3: custody has <c>_release</c> beside <c>_start</c> and <c>_end</c>; §2.1 "custody 'on
/// release' yes/no"; decision K7-1).
/// </summary>
/// <remarks>
/// A child is in the release denominator when the kept row's type of order is custodial and its intervention gives a
/// release day on or before the end of the order: a DTO licence programme's start (the licence begins on release), or
/// the release date recorded on another custodial programme (<see cref="YouthJustice.Domain.Cases.Intervention.EffectiveReleaseDate"/>,
/// laid out in <see cref="InterventionRow.Release"/>). The status on release is read on that day with
/// <see cref="Periods.IsAtRelease"/>.
/// </remarks>
internal static class CustodyRelease
{
    private static readonly int CustodialSentence = YouthJustice.Domain.Disposals.TypeOfOrder.CustodialSentence.Value;

    /// <summary>Where the child stands, and the release day (<see cref="Days.None"/> unless released or after the end).</summary>
    /// <param name="child">The cohort child.</param>
    /// <returns>The standing and the day.</returns>
    public static (ReleaseKind Kind, int Day) Of(in ChildContext child)
    {
        if (child.Row.TypeOfOrder != CustodialSentence)
        {
            return (ReleaseKind.NotCustodial, Days.None);
        }

        var day = child.Table.Interventions[child.Row.Intervention].Release;
        if (day == Days.None)
        {
            return (ReleaseKind.NoReleaseDate, Days.None);
        }

        return day > child.Row.End ? (ReleaseKind.AfterOrderEnd, day) : (ReleaseKind.Released, day);
    }
}
