using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <content>Detention and training orders, Crown Court custody and the minimum sentences.</content>
public sealed partial class DisposalEligibility
{
    private static void CheckDetentionAndTrainingOrder(EligibilityContext c)
    {
        var facts = c.Facts;
        c.CheckMaximumAge(LimitKind.YouthSentenceMaximumAge, "A detention and training order");
        c.CheckMinimumAge(LimitKind.DetentionAndTrainingOrderMinimumAge, "A detention and training order");
        if (c.Limit(LimitKind.DetentionAndTrainingOrderPersistentOffenderAge) is { Minimum: { } noFindingFrom } poLimit
            && c.AgeAtConviction < noFindingFrom
            && !facts.PersistentOffenderFinding)
        {
            c.Add(new PersistentOffenderFindingRequired("DTO-2", poLimit.Citation, c.AgeAtConviction, noFindingFrom));
        }

        if (!facts.Offence.IsImprisonable)
        {
            c.Add(new OffenceNotImprisonable("DTO-6", Citations.DtoAvailability));
        }

        if (!facts.CustodyThresholdMet)
        {
            c.Add(new FindingRequired("DTO-7", Citations.CustodyThreshold, "the offence is so serious that neither a fine alone nor a community sentence can be justified"));
        }

        var start = c.Start;
        if (c.Proposal.Term is { } term)
        {
            c.CheckTermMonths(LimitKind.DetentionAndTrainingOrderTerm, start, start.Plus(term), term);
            if (c.Proposal.ConsecutiveTerms.Count > 0)
            {
                var total = term;
                foreach (var other in c.Proposal.ConsecutiveTerms)
                {
                    total = Terms.Normalize(total + other);
                }

                c.CheckTermMonths(LimitKind.DetentionAndTrainingOrderConsecutiveTotal, start, start.Plus(total), total);
            }
        }
        else if (c.Proposal.EndDate is { } end)
        {
            c.CheckTermMonths(LimitKind.DetentionAndTrainingOrderTerm, start, end, null);
        }

        foreach (var other in c.Proposal.AccompanyingDisposals)
        {
            if (other == Disposal.Section250Detention || other == Disposal.SpecialSentenceTerroristOffender
                || other == Disposal.ExtendedSentenceOfDetention || other == Disposal.DetentionAtHisMajestysPleasure)
            {
                c.Add(new IncompatibleDisposals("DTO-8", Citations.DtoNotWith, other));
            }
        }
    }

    private static void CheckCrownCourtCustody(EligibilityContext c)
    {
        var d = c.Disposal;
        var facts = c.Facts;
        if (d == Disposal.DetentionAtHisMajestysPleasure)
        {
            if (!facts.Offence.IsFixedByLaw)
            {
                c.Add(new ConditionNotMet("DHMP-1", Citations.DhmpMurder, "detention during His Majesty's pleasure is the sentence for murder (an offence whose sentence is fixed by law)"));
            }

            var ageAtOffence = c.AgeOn(DateBasis.OffenceDate);
            if (ageAtOffence >= 18)
            {
                c.Add(new TooOld("DHMP-1", Citations.DhmpMurder, ageAtOffence, 17, DateBasis.OffenceDate, facts.Offence.OffenceDate, d.Name));
            }

            return;
        }

        c.CheckMaximumAge(LimitKind.YouthSentenceMaximumAge, d.Name);
        if (!facts.Offence.IsImprisonable)
        {
            c.Add(new OffenceNotImprisonable("CUST-1", Citations.CrownCustodyAvailability));
        }

        if (d != Disposal.DetentionForLife && !facts.CustodyThresholdMet)
        {
            c.Add(new FindingRequired("CUST-2", Citations.CustodyThreshold, "the offence is so serious that neither a fine alone nor a community sentence can be justified"));
        }
    }

    private static void WarnMinimumSentence(EligibilityContext c)
    {
        var facts = c.Facts;
        var provision = facts.Offence.MinimumSentence;
        if (provision == MinimumSentenceProvision.None || facts.ExceptionalCircumstancesFound)
        {
            return;
        }

        var offenceDate = facts.Offence.OffenceDate;
        var applies = provision switch
        {
            MinimumSentenceProvision.Section312ThreateningWithWeapon
                => c.Limit(LimitKind.MinimumSentenceSection312Age) is { } l312 && l312.Allows(c.AgeOn(DateBasis.ConvictionDate)),
            MinimumSentenceProvision.Section315RepeatWeaponPossession
                => offenceDate >= LegalTimeline.Section315
                   && c.Limit(LimitKind.MinimumSentenceSection315Age) is { } l315 && l315.Allows(c.AgeOn(DateBasis.OffenceDate))
                   && c.AgeAtConviction < 18,
            _ => offenceDate >= LegalTimeline.Section315CorrosiveSubstances
                 && c.Limit(LimitKind.MinimumSentenceSection315Age) is { } lc && lc.Allows(c.AgeOn(DateBasis.OffenceDate))
                 && c.AgeAtConviction < 18,
        };
        if (!applies || MeetsMinimum(c))
        {
            return;
        }

        var section = provision == MinimumSentenceProvision.Section312ThreateningWithWeapon ? "s.312" : "s.315";
        var test = offenceDate >= LegalTimeline.DtoAnyTerm
            ? "exceptional circumstances which justify not doing so"
            : "particular circumstances which would make it unjust to do so";
        c.Warn(
            "DTO-5",
            string.Create(CultureInfo.InvariantCulture, $"Sentencing Act 2020 {section}: for a 16- or 17-year-old the court must impose a detention and training order of at least 4 months unless it finds {test}; {c.Disposal.Name} does not meet the minimum."),
            Citations.MinimumSentences,
            Confidence.High);
    }

    private static bool MeetsMinimum(EligibilityContext c)
    {
        var d = c.Disposal;
        if (d == Disposal.DetentionAndTrainingOrder)
        {
            return c.Proposal.Term is not { } term
                   || c.Limit(LimitKind.MinimumSentenceDetentionAndTrainingOrderTerm) is not { Minimum: { } min }
                   || Terms.IsAtLeast(c.Start, term, min);
        }

        return d.IsCustodial;
    }
}
