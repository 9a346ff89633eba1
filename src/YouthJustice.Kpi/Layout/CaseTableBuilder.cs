using System.Collections.Generic;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Victims;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// Lays a service's children out as <see cref="CaseTable"/> rows one child at a time, so that a reader can hand each
/// child over as soon as it is read and let its objects go (decision NJ5): what stays is the rows, the ids the return
/// names, and — only when asked — the children themselves, which explanations read.
/// </summary>
internal sealed class CaseTableBuilder
{
    private readonly List<ChildCase>? _children;
    private readonly Dictionary<VictimId, int> _victimKeys = [];

    public CaseTableBuilder(bool keepChildren, int childCapacity = 16)
    {
        _children = keepChildren ? new List<ChildCase>(childCapacity) : null;
        ChildIds = new(childCapacity);
        Sex = new(childCapacity);
        EthnicityGroup = new(childCapacity);
        DateOfBirth = new(childCapacity);
        SchoolAgeEnd = new(childCapacity);
        InterventionOffset = new(childCapacity + 1);
        OffenceOffset = new(childCapacity + 1);
        AccommodationOffset = new(childCapacity + 1);
        EteOffset = new(childCapacity + 1);
        SendAlnOffset = new(childCapacity + 1);
        MentalHealthOffset = new(childCapacity + 1);
        SubstanceMisuseOffset = new(childCapacity + 1);
        CareOffset = new(childCapacity + 1);
        VictimOffset = new(childCapacity + 1);
        HearingOffset = new(childCapacity + 1);
        Interventions = new(childCapacity);
        InterventionIds = new(childCapacity);
        InterventionLinks = new(childCapacity);
        Offences = new(childCapacity);
        OffenceIds = new(childCapacity);
        Outcomes = new(childCapacity);
        Accommodation = new(childCapacity);
        Ete = new(childCapacity);
        SendAln = new(childCapacity);
        MentalHealth = new(childCapacity);
        SubstanceMisuse = new(childCapacity);
        Care = new(childCapacity);
        Victims = new(childCapacity);
        VictimKeys = new(childCapacity);
        VictimLinks = new(childCapacity);
        Hearings = new(childCapacity);
    }

    public int ChildCount => ChildIds.Count;

    /// <summary>The children added, when they are kept (for explanations), else null.</summary>
    internal ChildCase[]? KeptChildren() => _children?.ToArray();

    internal RowBuffer<ChildId> ChildIds { get; }

    internal RowBuffer<Sex> Sex { get; }

    internal RowBuffer<EthnicityGroup> EthnicityGroup { get; }

    internal RowBuffer<int> DateOfBirth { get; }

    internal RowBuffer<int> SchoolAgeEnd { get; }

    internal RowBuffer<int> InterventionOffset { get; }

    internal RowBuffer<int> OffenceOffset { get; }

    internal RowBuffer<int> AccommodationOffset { get; }

    internal RowBuffer<int> EteOffset { get; }

    internal RowBuffer<int> SendAlnOffset { get; }

    internal RowBuffer<int> MentalHealthOffset { get; }

    internal RowBuffer<int> SubstanceMisuseOffset { get; }

    internal RowBuffer<int> CareOffset { get; }

    internal RowBuffer<int> VictimOffset { get; }

    internal RowBuffer<int> HearingOffset { get; }

    internal RowBuffer<InterventionRow> Interventions { get; }

    internal RowBuffer<InterventionId> InterventionIds { get; }

    internal RowBuffer<int> InterventionLinks { get; }

    internal RowBuffer<OffenceRow> Offences { get; }

    internal RowBuffer<OffenceId> OffenceIds { get; }

    internal RowBuffer<OutcomeRow> Outcomes { get; }

    internal RowBuffer<AccommodationRow> Accommodation { get; }

    internal RowBuffer<EteRow> Ete { get; }

    internal RowBuffer<SendAlnRow> SendAln { get; }

    internal RowBuffer<HealthRow> MentalHealth { get; }

    internal RowBuffer<HealthRow> SubstanceMisuse { get; }

    internal RowBuffer<CareRow> Care { get; }

    internal RowBuffer<VictimRow> Victims { get; }

    internal RowBuffer<int> VictimKeys { get; }

    internal RowBuffer<int> VictimLinks { get; }

    internal RowBuffer<HearingRow> Hearings { get; }

    /// <summary>Lays out every child of <paramref name="service"/>, keeping the children, and builds the table.</summary>
    public static CaseTable For(ServiceData service)
    {
        var builder = new CaseTableBuilder(keepChildren: true, service.Children.Count);
        var children = service.Children;
        for (var c = 0; c < children.Count; c++)
        {
            var child = children[c];
            builder.Add(child);
        }

        return builder.Build(service);
    }

    /// <summary>Appends one child's rows.</summary>
    public void Add(ChildCase child)
    {
        _children?.Add(child);
        ChildIds.Add(child.Id);
        Sex.Add(child.Sex);
        EthnicityGroup.Add(child.Ethnicity.Group);
        DateOfBirth.Add(Days.PointOf(child.DateOfBirth));
        SchoolAgeEnd.Add(SchoolAgeDays.EndDay(child.DateOfBirth, CompulsorySchoolAge.Default));

        var firstOffence = Offences.Count;
        OffenceOffset.Add(firstOffence);
        var offences = child.Offences;
        for (var o = 0; o < offences.Count; o++)
        {
            var offence = offences[o];
            Offences.Add(new OffenceRow(
                Days.PointOf(offence.OffenceDate),
                Days.PointOf(offence.ArrestDate),
                offence.Category.Value,
                offence.Seriousness.Value,
                offence.KnifeRelated,
                offence.IsSeriousViolence,
                offence.Category.IsSeriousViolenceCategory,
                Outcomes.Count,
                offence.Outcomes.Count));
            OffenceIds.Add(offence.Id);
            var outcomes = offence.Outcomes;
            for (var oc = 0; oc < outcomes.Count; oc++)
            {
                var outcome = outcomes[oc];
                Outcomes.Add(new OutcomeRow(
                    Days.Of(outcome.Date),
                    outcome.Outcome.Value,
                    Days.PointOf(outcome.FirstHearingDate),
                    outcome.IsOverturnedOnAppeal,
                    outcome.CountsAsResident,
                    outcome.AppealStatus is not null,
                    outcome.ResidentInArea is not null));
            }
        }

        InterventionOffset.Add(Interventions.Count);
        var interventions = child.Interventions;
        for (var i = 0; i < interventions.Count; i++)
        {
            var intervention = interventions[i];
            var first = InterventionLinks.Count;
            var links = intervention.OffenceIds;
            for (var l = 0; l < links.Count; l++)
            {
                var offenceId = links[l];
                InterventionLinks.Add(FindOffenceRow(child, firstOffence, offenceId));
            }

            Interventions.Add(new InterventionRow(
                Days.Of(intervention.Start),
                Days.EndOf(intervention.End),
                intervention.Disposal.Value,
                Flag(intervention.CompletedSuccessfully),
                first,
                intervention.OffenceIds.Count,
                Days.PointOf(intervention.EffectiveReleaseDate)));
            InterventionIds.Add(intervention.Id);
        }

        AccommodationOffset.Add(Accommodation.Count);
        var accommodation = child.Accommodation;
        for (var ai = 0; ai < accommodation.Count; ai++)
        {
            var a = accommodation[ai];
            Accommodation.Add(new AccommodationRow(Days.StartOf(a.Start), Days.EndOf(a.End), a.Type.Value, a.Type.Group.Value, a.EffectiveSuitability?.Value ?? 0, a.Primary, a.Suitability?.Value ?? 0));
        }

        EteOffset.Add(Ete.Count);
        var ete = child.Ete;
        for (var ei = 0; ei < ete.Count; ei++)
        {
            var e = ete[ei];
            Ete.Add(new EteRow(Days.StartOf(e.Start), Days.EndOf(e.End), e.Provision.Value, e.Suitability?.Value ?? 0, e.HoursOffered ?? -1m, e.HoursAttended ?? -1m));
        }

        SendAlnOffset.Add(SendAln.Count);
        var sendAln = child.SendAln;
        for (var si = 0; si < sendAln.Count; si++)
        {
            var s = sendAln[si];
            SendAln.Add(new SendAlnRow(Days.StartOf(s.Start), Days.EndOf(s.End), Flag(s.Identified), Flag(s.FormalPlan)));
        }

        MentalHealthOffset.Add(MentalHealth.Count);
        var mentalHealth = child.MentalHealth;
        for (var mi = 0; mi < mentalHealth.Count; mi++)
        {
            var m = mentalHealth[mi];
            MentalHealth.Add(new HealthRow(Days.PointOf(m.Screened), Days.PointOf(m.Referred), Days.PointOf(m.Offered), Days.PointOf(m.AttendedStart), Days.PointOf(m.AttendedEnd), m.Intervention?.Value ?? 0));
        }

        SubstanceMisuseOffset.Add(SubstanceMisuse.Count);
        var substanceMisuse = child.SubstanceMisuse;
        for (var smi = 0; smi < substanceMisuse.Count; smi++)
        {
            var m = substanceMisuse[smi];
            SubstanceMisuse.Add(new HealthRow(Days.PointOf(m.Screened), Days.PointOf(m.Referred), Days.PointOf(m.Offered), Days.PointOf(m.AttendedStart), Days.PointOf(m.AttendedEnd), m.Intervention?.Value ?? 0));
        }

        CareOffset.Add(Care.Count);
        var care = child.CareStatus;
        for (var pi = 0; pi < care.Count; pi++)
        {
            var p = care[pi];
            Care.Add(new CareRow(Days.StartOf(p.Start), Days.EndOf(p.End), p.Status.Value));
        }

        VictimOffset.Add(Victims.Count);
        var victims = child.Victims;
        for (var vi = 0; vi < victims.Count; vi++)
        {
            var v = victims[vi];
            var first = VictimLinks.Count;
            var victimLinks = v.OffenceIds;
            for (var vl = 0; vl < victimLinks.Count; vl++)
            {
                var offenceId = victimLinks[vl];
                VictimLinks.Add(FindOffenceRow(child, firstOffence, offenceId));
            }

            Victims.Add(new VictimRow(
                first,
                v.OffenceIds.Count,
                Flag(v.ConsentToContact),
                Flag(v.EngagedRestorativeJustice),
                Flag(v.ViewsSoughtBeforeDecision),
                Flag(v.ProgressRequested),
                Flag(v.ProgressProvided),
                Flag(v.SupportRequested),
                Flag(v.SupportProvided),
                Flag(v.Contacted)));

            // One key per distinct victim id in the whole service: KPI 10 counts a victim once across children.
            if (!_victimKeys.TryGetValue(v.Id, out var key))
            {
                key = _victimKeys.Count;
                _victimKeys.Add(v.Id, key);
            }

            VictimKeys.Add(key);
        }

        // Hearings; each offence keeps its earliest hearing with a remand decision (kpi-rules §2.1, decision K7-3).
        var firstHearing = Hearings.Count;
        HearingOffset.Add(firstHearing);
        var hearings = child.Hearings;
        for (var hi = 0; hi < hearings.Count; hi++)
        {
            var h = hearings[hi];
            var row = Hearings.Count;
            Hearings.Add(new HearingRow(Days.Of(h.Date), h.RemandDecision.Value, h.RemandDecision.IsRemand));
            if (!h.RemandDecision.IsRemand)
            {
                continue;
            }

            var hearingLinks = h.OffenceIds;
            for (var hl = 0; hl < hearingLinks.Count; hl++)
            {
                var offenceId = hearingLinks[hl];
                var offenceRow = FindOffenceRow(child, firstOffence, offenceId);
                if (offenceRow >= 0 && IsEarlier(child, firstHearing, row, Offences[offenceRow].FirstRemandHearing))
                {
                    Offences[offenceRow] = Offences[offenceRow] with { FirstRemandHearing = row };
                }
            }
        }
    }

    /// <summary>Closes the offsets and builds the table; <paramref name="service"/> gives the code, populations and board attendance.</summary>
    public CaseTable Build(ServiceData service)
    {
        InterventionOffset.Add(Interventions.Count);
        OffenceOffset.Add(Offences.Count);
        AccommodationOffset.Add(Accommodation.Count);
        EteOffset.Add(Ete.Count);
        SendAlnOffset.Add(SendAln.Count);
        MentalHealthOffset.Add(MentalHealth.Count);
        SubstanceMisuseOffset.Add(SubstanceMisuse.Count);
        CareOffset.Add(Care.Count);
        VictimOffset.Add(Victims.Count);
        HearingOffset.Add(Hearings.Count);
        return new CaseTable(service, this);
    }

    private static sbyte Flag(bool? value) => value switch
    {
        true => 1,
        false => 0,
        null => -1,
    };

    // Whether hearing row `row` comes before `current` (-1 = none yet): the earlier day, then the lower id (ordinal), so
    // that the hearing chosen does not depend on the order of the input (decision K7-3).
    private bool IsEarlier(ChildCase child, int firstHearing, int row, int current)
    {
        if (current < 0)
        {
            return true;
        }

        if (Hearings[row].Date != Hearings[current].Date)
        {
            return Hearings[row].Date < Hearings[current].Date;
        }

        return child.Hearings[row - firstHearing].Id < child.Hearings[current - firstHearing].Id;
    }

    private static int FindOffenceRow(ChildCase child, int firstOffence, OffenceId id)
    {
        var offences = child.Offences;
        for (var o = 0; o < offences.Count; o++)
        {
            if (offences[o].Id == id)
            {
                return firstOffence + o;
            }
        }

        return -1;
    }
}
