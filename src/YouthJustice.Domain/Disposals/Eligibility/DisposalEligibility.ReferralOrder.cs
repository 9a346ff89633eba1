using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <content>The referral order.</content>
public sealed partial class DisposalEligibility
{
    private static void CheckReferralOrder(EligibilityContext c)
    {
        c.CheckMaximumAge(LimitKind.YouthSentenceMaximumAge, "A referral order");
        if (c.Facts.Court is not (SentencingCourt.YouthCourt or SentencingCourt.MagistratesCourt))
        {
            c.Add(new CourtNotEmpowered("RO-3", Citations.ReferralCourt, c.Facts.Court, [SentencingCourt.YouthCourt, SentencingCourt.MagistratesCourt]));
        }

        if (c.Facts.Plea == Plea.NotGuilty)
        {
            c.Add(new GuiltyPleaRequired("RO-5", Citations.ReferralAvailability, c.Facts.Plea, Plea.GuiltyToSomeOffences));
        }

        if (c.Proposal.EndFor(c.Facts) is { } end)
        {
            c.CheckTermMonths(LimitKind.ReferralOrderLength, c.Start, end, c.Proposal.Term);
        }

        foreach (var other in c.Proposal.AccompanyingDisposals)
        {
            if (other == Disposal.AbsoluteDischarge || other == Disposal.ConditionalDischarge || other.IsCustodial)
            {
                c.Add(new IncompatibleDisposals("RO-6", Citations.ReferralAvailability, other));
            }
            else if (other == Disposal.BindOverOfParent)
            {
                c.Add(new IncompatibleDisposals("RO-6", Citations.BindOverNotWithReferral, other));
            }
            else if (other == Disposal.ReparationOrder)
            {
                c.Add(new IncompatibleDisposals("RO-6", Citations.ReparationAvailability, other));
            }
            else if (other.IsCommunitySentence || other == Disposal.Fine)
            {
                c.Warn(
                    "RO-6",
                    $"A referral order is believed not to be combinable with a {other.Name} for the same offence (s.89(4); list not confirmed).",
                    Citations.ReferralIncompatible,
                    Confidence.Low);
            }
        }

        if (c.Limit(LimitKind.ReferralOrderParentAttendanceAge) is { Maximum: { } mustUpTo })
        {
            var age = c.AgeAtConviction;
            var must = age <= mustUpTo;
            c.Note(
                "RO-7",
                must
                    ? string.Create(CultureInfo.InvariantCulture, $"Aged {age}: the court must order a parent or guardian to attend the youth offender panel meetings.")
                    : string.Create(CultureInfo.InvariantCulture, $"Aged {age}: the court may order a parent or guardian to attend the youth offender panel meetings."),
                c.Limit(LimitKind.ReferralOrderParentAttendanceAge)!.Citation,
                must);
        }
    }
}
