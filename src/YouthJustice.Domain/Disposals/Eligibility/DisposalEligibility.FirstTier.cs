using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <content>Discharges, fines, reparation orders and orders on parents.</content>
public sealed partial class DisposalEligibility
{
    private static void CheckConditionalDischarge(EligibilityContext c)
    {
        if (c.Proposal.EndFor(c.Facts) is { } end)
        {
            c.CheckTermMonths(LimitKind.ConditionalDischargePeriod, c.Start, end, c.Proposal.Term);
        }

        var conviction = c.Conviction;
        var cautions = c.Facts.YouthCautionDates;
        if (cautions.Count >= 2 && conviction <= cautions[^1].PlusYears(2))
        {
            c.Warn(
                "CD-2",
                string.Create(CultureInfo.InvariantCulture, $"The child has {cautions.Count} youth cautions, the last on {cautions[^1]:uuuu-MM-dd}, and was convicted within 2 years of it: a conditional discharge is barred unless the court finds exceptional circumstances."),
                Citations.ConditionalDischargeBar,
                Confidence.Low);
        }

        if (c.Facts.LastYouthConditionalCautionDate is { } ycc && conviction <= ycc.PlusYears(2))
        {
            c.Warn(
                "CD-2",
                string.Create(CultureInfo.InvariantCulture, $"The child was convicted within 2 years of a youth conditional caution ({ycc:uuuu-MM-dd}): a conditional discharge is barred unless the court finds exceptional circumstances."),
                Citations.ConditionalDischargeBar,
                Confidence.Low);
        }
    }

    private static void CheckFine(EligibilityContext c)
    {
        var age = c.AgeAtConviction;
        if (age >= 18)
        {
            return;
        }

        if (c.Facts.Court != SentencingCourt.CrownCourt && c.Proposal.FineAmount is { } amount)
        {
            var kind = age < 14 ? LimitKind.FineUnder14 : LimitKind.FineUnder18;
            if (c.Limit(kind) is { Maximum: { } max } limit && amount > max)
            {
                c.Add(new AmountOverLimit(kind.RuleId, limit.Citation, amount, limit));
            }
        }

        if (c.Limit(LimitKind.ParentMustPayAge) is { Maximum: { } mustUpTo })
        {
            var must = age <= mustUpTo;
            c.Note(
                "FINE-3",
                must
                    ? string.Create(CultureInfo.InvariantCulture, $"Aged {age}: the court must order a parent or guardian to pay, unless they cannot be found or it would be unreasonable.")
                    : string.Create(CultureInfo.InvariantCulture, $"Aged {age}: the court may order a parent or guardian to pay."),
                Citations.ParentPays,
                must);
        }
    }

    private static void CheckReparationOrder(EligibilityContext c)
    {
        c.CheckMaximumAge(LimitKind.YouthSentenceMaximumAge, "A reparation order");
        if (c.Proposal.ReparationHours is { } hours && c.Limit(LimitKind.ReparationHours) is { Maximum: { } max } limit && hours > max)
        {
            c.Add(new AmountOverLimit(LimitKind.ReparationHours.RuleId, limit.Citation, hours, limit));
        }

        if (c.Proposal.EndFor(c.Facts) is { } end)
        {
            c.CheckTermMonths(LimitKind.ReparationPeriod, c.Start, end, c.Proposal.Term);
        }

        foreach (var other in c.Proposal.AccompanyingDisposals)
        {
            if (other == Disposal.ReferralOrder || other.IsCommunitySentence || other.IsCustodial)
            {
                c.Add(new IncompatibleDisposals("REP-3", Citations.ReparationAvailability, other));
            }
        }
    }

    private static void CheckParentOrder(EligibilityContext c)
    {
        var d = c.Disposal;
        c.CheckMaximumAge(LimitKind.YouthSentenceMaximumAge, d.Name);
        var age = c.AgeAtConviction;
        if (d == Disposal.ParentingOrder && c.Limit(LimitKind.ParentingOrderMandatoryAge) is { Maximum: { } mustUpTo })
        {
            var must = age <= mustUpTo;
            c.Note(
                "PAR-1",
                must
                    ? string.Create(CultureInfo.InvariantCulture, $"Aged {age}: the court must make a parenting order if it would be desirable to prevent further offending (or say why not).")
                    : string.Create(CultureInfo.InvariantCulture, $"Aged {age}: the court may make a parenting order."),
                Citations.ParentingOrder,
                must);
        }

        if (d == Disposal.BindOverOfParent)
        {
            if (c.Accompanied(Disposal.ReferralOrder))
            {
                c.Add(new IncompatibleDisposals("RO-6", Citations.BindOverNotWithReferral, Disposal.ReferralOrder));
            }

            if (age < 16)
            {
                c.Note("PAR-2", string.Create(CultureInfo.InvariantCulture, $"Aged {age}: the court must bind over a parent or guardian where desirable to prevent further offending, or say in open court why not."), Citations.BindOverUnder16, true);
            }
        }
    }
}
