using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Victims;

namespace YouthJustice.Interchange.Quality;

/// <summary>
/// The data-quality rules that apply to a child's case as the domain holds it: links to offences the child does
/// not have (DQ-002), a victim given twice (DQ-003), an age outside 10–17 at every order (DQ-005), interventions
/// with no offence (DQ-006) and more ETE hours attended than offered (DQ-008). The rules the domain itself refuses
/// (DQ-001, DQ-004, DQ-007, DQ-009, DQ-010, most of DQ-003) are applied while reading, by the mapper.
/// </summary>
internal static class ChildQualityChecks
{
    internal static IEnumerable<QualityFinding> Check(ChildCase child)
    {
        for (var i = 0; i < child.Interventions.Count; i++)
        {
            var intervention = child.Interventions[i];
            if (intervention.OffenceIds.Count == 0)
            {
                yield return new QualityFinding(
                    DataQualityRule.InterventionWithoutOffence,
                    InputItemKind.Intervention,
                    i,
                    "offenceIds",
                    null,
                    $"The intervention '{intervention.Id}' lists no offence; the KPI cohort will exclude it as NoLinkedOffence.");
            }

            for (var l = 0; l < intervention.OffenceIds.Count; l++)
            {
                var offenceId = intervention.OffenceIds[l];
                if (child.FindOffence(offenceId) is not null)
                {
                    continue;
                }

                yield return Dangling(
                    InputItemKind.Intervention,
                    i,
                    offenceId,
                    $"The intervention '{intervention.Id}' lists the offence '{offenceId}', which is not one of the child's offences.");
            }

            if (intervention.ReleaseDate is { } release)
            {
                if (!intervention.Disposal.IsCustodial)
                {
                    yield return new QualityFinding(
                        DataQualityRule.ReleaseDateNotUsable,
                        InputItemKind.Intervention,
                        i,
                        "releaseDate",
                        CaseMapper.Iso(release),
                        $"The intervention '{intervention.Id}' ({intervention.Disposal.Name}) is not custodial; its release date is kept and not used.");
                }
                else if (intervention.End is { } end && release > end)
                {
                    yield return new QualityFinding(
                        DataQualityRule.ReleaseDateNotUsable,
                        InputItemKind.Intervention,
                        i,
                        "releaseDate",
                        CaseMapper.Iso(release),
                        $"The release date {CaseMapper.Iso(release)} of the intervention '{intervention.Id}' is after its end {CaseMapper.Iso(end)}; it is kept and the custody 'on release' rows do not use it.");
                }
            }
        }

        for (var i = 0; i < child.Hearings.Count; i++)
        {
            var hearing = child.Hearings[i];
            for (var l = 0; l < hearing.OffenceIds.Count; l++)
            {
                var offenceId = hearing.OffenceIds[l];
                if (child.FindOffence(offenceId) is not null)
                {
                    continue;
                }

                yield return Dangling(
                    InputItemKind.Hearing,
                    i,
                    offenceId,
                    $"The hearing '{hearing.Id}' is linked to the offence '{offenceId}', which is not one of the child's offences.");
            }
        }

        HashSet<VictimId>? victimIds = null;
        for (var i = 0; i < child.Victims.Count; i++)
        {
            var victim = child.Victims[i];
            // Most children have one victim or none: the set is made for the second.
            if (i > 0 && !(victimIds ??= [child.Victims[0].Id]).Add(victim.Id))
            {
                yield return new QualityFinding(
                    DataQualityRule.DuplicateId,
                    InputItemKind.Victim,
                    i,
                    "id",
                    victim.Id.Value,
                    $"The victim id '{victim.Id}' is given more than once for this child; both are kept and KPI 10 combines their answers.");
            }

            for (var l = 0; l < victim.OffenceIds.Count; l++)
            {
                var offenceId = victim.OffenceIds[l];
                if (child.FindOffence(offenceId) is not null)
                {
                    continue;
                }

                yield return Dangling(
                    InputItemKind.Victim,
                    i,
                    offenceId,
                    $"The victim '{victim.Id}' is linked to the offence '{offenceId}', which is not one of the child's offences.");
            }
        }

        for (var i = 0; i < child.Ete.Count; i++)
        {
            var ete = child.Ete[i];
            if (ete.HoursAttended > ete.HoursOffered)
            {
                yield return new QualityFinding(
                    DataQualityRule.HoursAttendedAboveOffered,
                    InputItemKind.Ete,
                    i,
                    "hoursAttended",
                    ete.HoursAttended.Value.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"{ete.HoursAttended} hours attended is more than the {ete.HoursOffered} hours offered."));
            }
        }

        if (child.DateOfBirth is { } born && child.Interventions.Count > 0)
        {
            // Age.TryOn is null for a start before the birth: such an order is outside 10-17 as well.
            if (!AnyOrderAsAChild(born, child.Interventions))
            {
                var ages = child.Interventions.Select(i => Age.TryOn(born, i.Start)).ToList();
                var listed = string.Join(
                    ", ",
                    ages.Select(a => a is { } age ? age.Years.ToString(CultureInfo.InvariantCulture) : "not yet born").Distinct().Order(StringComparer.Ordinal));
                yield return new QualityFinding(
                    DataQualityRule.AgeOutsideRangeAtEveryOrder,
                    InputItemKind.Child,
                    0,
                    "dateOfBirth",
                    CaseMapper.Iso(born),
                    $"Born {CaseMapper.Iso(born)}, the child was aged {listed} at the start of their interventions: outside 10-17 at every one, so no order can count in a KPI cohort.");
            }
        }
    }

    /// <summary>The offence ids, in their order, that name none of the child's offences (DQ-002).</summary>
    /// <summary>A DQ-002 finding on the <c>offenceIds</c> of an intervention or victim.</summary>
    private static bool AnyOrderAsAChild(NodaTime.LocalDate born, IReadOnlyList<Intervention> interventions)
    {
        for (var i = 0; i < interventions.Count; i++)
        {
            if (Age.TryOn(born, interventions[i].Start) is { IsChild: true })
            {
                return true;
            }
        }

        return false;
    }

    private static QualityFinding Dangling(InputItemKind kind, int index, OffenceId offenceId, string reason)
        => new(DataQualityRule.DanglingOffenceId, kind, index, "offenceIds", offenceId.Value, reason);
}
