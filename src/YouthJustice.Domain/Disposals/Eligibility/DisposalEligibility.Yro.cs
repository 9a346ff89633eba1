using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <content>The youth rehabilitation order (plain, with ISS, with fostering) and its requirements.</content>
public sealed partial class DisposalEligibility
{
    private static void CheckYouthRehabilitationOrder(EligibilityContext c)
    {
        var d = c.Disposal;
        var facts = c.Facts;
        c.CheckMaximumAge(LimitKind.YouthSentenceMaximumAge, d.Name);

        var start = c.Start;
        if (c.Proposal.EndFor(facts) is { } end)
        {
            c.CheckTermMonths(LimitKind.YouthRehabilitationOrderLength, start, end, c.Proposal.Term);
            if (d == Disposal.YouthRehabilitationOrderWithIss)
            {
                c.CheckTermMonths(LimitKind.YouthRehabilitationOrderWithIssMinimumLength, start, end, c.Proposal.Term);
            }

            if (c.Proposal.BreachExtension is { } extension)
            {
                c.CheckTermMonths(LimitKind.YouthRehabilitationOrderBreachExtension, end, end.Plus(extension), extension);
            }
        }

        var requirements = c.Proposal.Requirements;
        if (requirements.Count == 0)
        {
            c.Add(new RequirementMissing("YRO-13", Citations.YroRequirements, null, "a youth rehabilitation order imposes one or more requirements"));
        }

        if (d == Disposal.YouthRehabilitationOrderWithIss || d == Disposal.YouthRehabilitationOrderWithFostering)
        {
            CheckIssOrFosteringConditions(c);
        }

        if (d == Disposal.YouthRehabilitationOrderWithIss)
        {
            foreach (var needed in new[] { YroRequirement.ExtendedActivity, YroRequirement.Supervision, YroRequirement.Curfew })
            {
                if (!requirements.Any(r => r.Requirement == needed))
                {
                    c.Add(new RequirementMissing("YRO-11", Citations.IssContent, needed, "intensive supervision and surveillance is an extended activity requirement with supervision and a curfew"));
                }
            }
        }

        if (d == Disposal.YouthRehabilitationOrderWithFostering)
        {
            if (!requirements.Any(r => r.Requirement == YroRequirement.Fostering))
            {
                c.Add(new RequirementMissing("YRO-7", Citations.FosteringOnlyWithFostering, YroRequirement.Fostering, "a YRO with fostering imposes a fostering requirement"));
            }

            if (!facts.FosteringConditionsMet)
            {
                c.Add(new FindingRequired("YRO-7", Citations.FosteringConditions, "the offending was due to a significant extent to the child's living circumstances, and the local authority and parents were consulted"));
            }
        }

        foreach (var requirement in requirements)
        {
            CheckRequirement(c, requirement, start);
        }
    }

    private static void CheckIssOrFosteringConditions(EligibilityContext c)
    {
        if (!c.Facts.Offence.IsImprisonable)
        {
            c.Add(new OffenceNotImprisonable("YRO-11", Citations.IssOrFostering));
        }

        if (!c.Facts.CustodyThresholdMet)
        {
            c.Add(new FindingRequired("YRO-11", Citations.IssOrFostering, "but for this option a custodial sentence would be appropriate"));
        }

        if (c.Limit(LimitKind.DetentionAndTrainingOrderPersistentOffenderAge) is { Minimum: { } noFindingFrom }
            && c.AgeAtConviction < noFindingFrom
            && !c.Facts.PersistentOffenderFinding)
        {
            c.Add(new PersistentOffenderFindingRequired("YRO-11", Citations.IssOrFostering, c.AgeAtConviction, noFindingFrom));
        }
    }

    private static void CheckRequirement(EligibilityContext c, ProposedRequirement r, LocalDate orderStart)
    {
        var d = c.Disposal;
        var kind = r.Requirement;
        var age = c.AgeAtConviction;
        var requirements = c.Proposal.Requirements;

        if (kind == YroRequirement.UnpaidWork)
        {
            if (c.Limit(LimitKind.UnpaidWorkMinimumAge) is { Minimum: { } min } ageLimit && age < min)
            {
                c.Add(new RequirementNotAvailable(
                    "YRO-3",
                    ageLimit.Citation,
                    kind,
                    string.Create(CultureInfo.InvariantCulture, $"only for a child aged {min} or over when convicted; aged {age} on {c.Conviction:uuuu-MM-dd}")));
            }

            c.CheckQuantity(LimitKind.UnpaidWorkHours, kind, r.Hours);
        }
        else if (kind == YroRequirement.Activity)
        {
            c.CheckQuantity(LimitKind.ActivityDays, kind, r.Days);
        }
        else if (kind == YroRequirement.ExtendedActivity)
        {
            if (d != Disposal.YouthRehabilitationOrderWithIss)
            {
                c.Add(new RequirementNotAvailable("YRO-6", Citations.ExtendedActivityOnlyWithIss, kind, "only in a youth rehabilitation order with intensive supervision and surveillance"));
            }

            c.CheckQuantity(LimitKind.ExtendedActivityDays, kind, r.Days);
        }
        else if (kind == YroRequirement.Curfew)
        {
            CheckCurfew(c, r, orderStart);
        }
        else if (kind == YroRequirement.AttendanceCentre)
        {
            var limitKind = age < 14 ? LimitKind.AttendanceCentreHoursUnder14
                : age < 16 ? LimitKind.AttendanceCentreHours14To15
                : LimitKind.AttendanceCentreHours16AndOver;
            c.CheckQuantity(limitKind, kind, r.Hours);
        }
        else if (kind == YroRequirement.Fostering)
        {
            if (d != Disposal.YouthRehabilitationOrderWithFostering)
            {
                c.Add(new RequirementNotAvailable("YRO-7", Citations.FosteringOnlyWithFostering, kind, "only in a youth rehabilitation order with fostering"));
            }

            var start = r.Start ?? orderStart;
            if (r.End is { } end)
            {
                c.CheckTermMonths(LimitKind.FosteringPeriod, start, end, null, kind);
                if (c.Limit(LimitKind.FosteringMaximumAge) is { Maximum: { } max } ageLimit && end >= c.Facts.DateOfBirth && Age.On(c.Facts.DateOfBirth, end).Years > max)
                {
                    c.Add(new RequirementOverLimit(ageLimit.RuleId, ageLimit.Citation, kind, Age.On(c.Facts.DateOfBirth, end).Years, ageLimit));
                }
            }
        }
        else if (kind == YroRequirement.Residence)
        {
            if (c.Limit(LimitKind.ResidenceMinimumAge) is { Minimum: { } min } ageLimit && age < min)
            {
                c.Add(new RequirementNotAvailable(
                    "YRO-10",
                    ageLimit.Citation,
                    kind,
                    string.Create(CultureInfo.InvariantCulture, $"only for a child aged {min} or over when convicted; aged {age} on {c.Conviction:uuuu-MM-dd}")));
            }
        }
        else if (kind == YroRequirement.ElectronicWhereaboutsMonitoring && c.Conviction < c.Limits.Timeline.WhereaboutsMonitoring)
        {
            c.Add(new RequirementNotAvailable(
                "YRO-12",
                Citations.WhereaboutsMonitoring,
                kind,
                string.Create(CultureInfo.InvariantCulture, $"only for convictions on or after {c.Limits.Timeline.WhereaboutsMonitoring:uuuu-MM-dd}; convicted on {c.Conviction:uuuu-MM-dd}")));
        }

        if (kind.IsElectronicMonitoring && !requirements.Any(o => !o.Requirement.IsElectronicMonitoring))
        {
            c.Add(new RequirementNotAvailable("YRO-8", Citations.MonitoringNeedsAnother, kind, "electronic monitoring needs at least one other requirement"));
        }

        WarnLowConfidenceRequirement(c, r, orderStart);
    }

    private static void CheckCurfew(EligibilityContext c, ProposedRequirement r, LocalDate orderStart)
    {
        var kind = YroRequirement.Curfew;
        var hours = r.CurfewHours;
        if (hours.Count == 0)
        {
            return;
        }

        var curfewDays = hours.Where(h => h > 0).ToArray();
        if (curfewDays.Length > 0 && c.Limit(LimitKind.CurfewHoursPerDay) is { } perDay)
        {
            if (perDay.Maximum is { } max && curfewDays.Max() > max)
            {
                c.Add(new RequirementOverLimit(perDay.RuleId, perDay.Citation, kind, curfewDays.Max(), perDay));
            }
            else if (perDay.Minimum is { } min && curfewDays.Min() < min)
            {
                c.Add(new RequirementUnderLimit(perDay.RuleId, perDay.Citation, kind, curfewDays.Min(), perDay));
            }
        }

        if (c.Limit(LimitKind.CurfewHoursPerSevenDays) is { Maximum: { } weekMax } perWeek)
        {
            var worst = MaxSevenDaySum(hours);
            if (worst > weekMax)
            {
                c.Add(new RequirementOverLimit(perWeek.RuleId, perWeek.Citation, kind, worst, perWeek));
            }
        }

        var start = r.Start ?? orderStart;
        c.CheckTermMonths(LimitKind.CurfewPeriod, start, start.PlusDays(hours.Count), null, kind);

        if (!c.Proposal.Requirements.Any(o => o.Requirement.IsElectronicMonitoring))
        {
            c.Warn("YRO-14", "A curfew should be electronically monitored unless the court considers it inappropriate or monitoring is unavailable.", Citations.CurfewMonitoring, Confidence.High);
        }
    }

    private static decimal MaxSevenDaySum(System.Collections.Generic.IReadOnlyList<decimal> hours)
    {
        if (hours.Count <= 7)
        {
            return hours.Sum();
        }

        var window = hours.Take(7).Sum();
        var worst = window;
        for (var i = 7; i < hours.Count; i++)
        {
            window += hours[i] - hours[i - 7];
            worst = Math.Max(worst, window);
        }

        return worst;
    }

    private static void WarnLowConfidenceRequirement(EligibilityContext c, ProposedRequirement r, LocalDate orderStart)
    {
        var kind = r.Requirement;
        var start = r.Start ?? orderStart;
        if (kind == YroRequirement.Exclusion && r.End is { } exclusionEnd && exclusionEnd > start.PlusMonths(3))
        {
            c.Warn("YRO-15", "An exclusion requirement is believed to be limited to 3 months.", Citations.LowConfidenceRequirement, Confidence.Low);
        }

        if (kind == YroRequirement.LocalAuthorityResidence && r.End is { } residenceEnd
            && (residenceEnd > start.PlusMonths(6) || residenceEnd >= Age.Birthday(c.Facts.DateOfBirth, Age.AdultAge)))
        {
            c.Warn("YRO-16", "A local authority residence requirement is believed to be limited to 6 months and to end before the 18th birthday.", Citations.LowConfidenceRequirement, Confidence.Low);
        }

        if (kind == YroRequirement.Education && !c.SchoolAge.IsOfCompulsorySchoolAge(c.Facts.DateOfBirth, c.Conviction))
        {
            c.Warn("YRO-17", "An education requirement is believed to be available only while the child is of compulsory school age.", Citations.LowConfidenceRequirement, Confidence.Low);
        }

        if (kind == YroRequirement.DrugTesting && !c.Proposal.Requirements.Any(o => o.Requirement == YroRequirement.DrugTreatment))
        {
            c.Warn("YRO-18", "A drug testing requirement is believed to need a drug treatment requirement alongside it.", Citations.LowConfidenceRequirement, Confidence.Low);
        }
    }
}
