using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Offences;

namespace YouthJustice.Domain.Outcomes;

/// <summary>
/// Tracks what happened to children after their interventions ended: at 3, 6, 9 and 12 months, whether they
/// reoffended (a proven offence committed after the end), whether they were in suitable ETE and in suitable
/// accommodation, as known on an "as at" date. Children whose follow-up has not elapsed are <c>NotYetDue</c>, never
/// successes.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reoffending</b>: an offence committed after the intervention's last day and on or before the point's date, with a
/// caution or conviction (<see cref="Disposals.Disposal.IsFormal"/>, not overturned on appeal) given on or before the
/// end plus the point's months plus <see cref="ProofWaitingMonths"/> (31 March + 3 + 6 months = 31 December). As in the MoJ proven reoffending measure, an offence committed in
/// the follow-up may be proven during a waiting period after it (6 months by default), so reoffending at a point is
/// reported only once that waiting period has also passed; until then it is <see cref="ReoffendingStatus.NotYetDue"/>,
/// even when a reoffence is already known, so that every reported rate has a complete denominator.
/// </para>
/// <para>
/// <b>ETE and accommodation</b> are read on the point's date (records open that day: started on or before it and not
/// ended before it) and are <c>NotYetDue</c> until the "as at" date reaches the point.
/// </para>
/// </remarks>
[Source("MoJ proven reoffending methodology: offences committed in the follow-up and proven within it or a further 6-month waiting period (kpi-rules §3.2)", Confidence = Confidence.High)]
public sealed class OutcomeTracker
{
    /// <summary>Creates a tracker.</summary>
    /// <param name="points">The follow-up points to track, at least one, each once.</param>
    /// <param name="proofWaitingMonths">Months after a point during which an offence committed in the follow-up may still be proven: 0-24.</param>
    public OutcomeTracker(IEnumerable<FollowUpPoint> points, int proofWaitingMonths)
    {
        var list = Preconditions.CheckNotNull(points, nameof(points)).ToArray();
        Preconditions.CheckArgument(list.Length > 0 && list.All(p => p is not null) && list.Distinct().Count() == list.Length, nameof(points), "Track at least one follow-up point, each once.");
        Points = [.. list.OrderBy(p => p.Months)];
        ProofWaitingMonths = Preconditions.CheckRange(proofWaitingMonths, nameof(proofWaitingMonths), 0, 24);
    }

    /// <summary>3, 6, 9 and 12 months with a 6-month waiting period for proof.</summary>
    public static OutcomeTracker Default { get; } = new(FollowUpPoint.All, DefaultProofWaitingMonths);

    /// <summary>The waiting period for proof in the MoJ proven reoffending measure: 6 months.</summary>
    public const int DefaultProofWaitingMonths = 6;

    /// <summary>The follow-up points tracked, in order.</summary>
    public IReadOnlyList<FollowUpPoint> Points { get; }

    /// <summary>Months after a point during which an offence committed in the follow-up may still be proven.</summary>
    public int ProofWaitingMonths { get; }

    /// <summary>One member's outcomes at every point, as known on <paramref name="asAt"/>.</summary>
    /// <param name="member">The cohort member.</param>
    /// <param name="asAt">The date of the report.</param>
    /// <returns>The outcomes.</returns>
    public TrackedOutcome Track(CohortMember member, LocalDate asAt)
    {
        Preconditions.CheckNotNull(member, nameof(member));
        var end = member.InterventionEnd;
        var statuses = Points.Select(point =>
        {
            var due = point.DueOn(end);
            var knownOn = end.PlusMonths(checked(point.Months + ProofWaitingMonths));
            var reoffences = asAt >= knownOn ? ProvenReoffences(member.Child, end, due, knownOn) : 0;
            var reoffending = asAt < knownOn ? ReoffendingStatus.NotYetDue
                : reoffences > 0 ? ReoffendingStatus.Reoffended
                : ReoffendingStatus.NotReoffended;
            var ete = asAt < due ? EteOutcome.NotYetDue : EteOn(member.Child.Ete, due);
            var accommodation = asAt < due ? AccommodationOutcome.NotYetDue : AccommodationOn(member.Child.Accommodation, due);
            return new FollowUpStatus(point, due, knownOn, reoffending, reoffences, ete, accommodation);
        }).ToImmutableArray();
        return new TrackedOutcome(member.Child.Id, end, asAt, statuses);
    }

    /// <summary>A cohort's outcomes at every point, as known on <paramref name="asAt"/>.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <param name="asAt">The date of the report.</param>
    /// <returns>One summary per point, in order.</returns>
    public IReadOnlyList<FollowUpSummary> Summarise(IEnumerable<CohortMember> cohort, LocalDate asAt)
    {
        var tracked = Preconditions.CheckNotNull(cohort, nameof(cohort)).Select(m => Track(m, asAt)).ToArray();
        return Points.Select((point, i) => new FollowUpSummary(point, tracked.Select(t => t.Points[i]).ToArray())).ToImmutableArray();
    }

    private static int ProvenReoffences(ChildCase child, LocalDate end, LocalDate due, LocalDate provenBy)
        => child.Offences.Count(o => o.OffenceDate > end && o.OffenceDate <= due && o.Outcomes.Any(outcome => IsProof(outcome, provenBy)));

    private static bool IsProof(LegalOutcome outcome, LocalDate provenBy)
        => outcome.Outcome.IsFormal && !outcome.IsOverturnedOnAppeal && outcome.Date <= provenBy;

    private static EteOutcome EteOn(IReadOnlyList<EtePeriod> records, LocalDate date)
    {
        var open = records.Where(r => StatusPeriodRules.IsAtEnd(r, date)).ToArray();
        if (open.Length == 0)
        {
            return EteOutcome.NotRecorded;
        }

        var inEte = open.Where(r => r.Provision != EteProvision.None).ToArray();
        if (inEte.Length == 0)
        {
            return EteOutcome.NoEte;
        }

        return inEte.All(r => r.Suitability == Suitability.Suitable) ? EteOutcome.SuitableEte : EteOutcome.EteNotSuitable;
    }

    private static AccommodationOutcome AccommodationOn(IReadOnlyList<AccommodationPeriod> records, LocalDate date)
    {
        var open = records.Where(r => StatusPeriodRules.IsAtEnd(r, date)).ToArray();
        if (open.Length == 0)
        {
            return AccommodationOutcome.NotRecorded;
        }

        return open.All(r => r.EffectiveSuitability == Suitability.Suitable) ? AccommodationOutcome.Suitable : AccommodationOutcome.NotSuitable;
    }
}
