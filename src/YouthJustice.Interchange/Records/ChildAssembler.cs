using System;
using System.Collections.Generic;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Health;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Victims;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Quality;

namespace YouthJustice.Interchange.Records;

/// <summary>
/// Gathers one child's records as they are read (from a JSON child object or from the rows of the CSV files) and
/// builds the <see cref="ChildCase"/>, counting every record as accepted or rejected.
/// </summary>
/// <remarks>
/// The rejection policy (docs/decisions.md IX1): an invalid record (one bad ETE period) is rejected alone and the
/// child is kept; an offence that is rejected takes its outcomes with it; a child whose own fields are unusable (id,
/// date of birth, sex, ethnicity) or whose id was already used is rejected whole, with all its records.
/// </remarks>
internal sealed class ChildAssembler
{
    private readonly PendingChild? _child;
    private readonly RecordReader _source;
    private readonly ReadTally _tally = new();
    private readonly Dictionary<InputItemKind, List<RecordReader>> _sources = [];
    private readonly HashSet<OffenceId> _offenceIds = [];
    private readonly HashSet<InterventionId> _interventionIds = [];
    private readonly List<Offence> _offences = [];
    private readonly List<Intervention> _interventions = [];
    private readonly List<AccommodationPeriod> _accommodation = [];
    private readonly List<EtePeriod> _ete = [];
    private readonly List<SendAlnRecord> _sendAln = [];
    private readonly List<MentalHealthRecord> _mentalHealth = [];
    private readonly List<SubstanceMisuseRecord> _substanceMisuse = [];
    private readonly List<CareStatusPeriod> _careStatus = [];
    private readonly List<VictimRecord> _victims = [];

    internal ChildAssembler(PendingChild? child, RecordReader source)
    {
        _child = child;
        _source = source;
    }

    /// <summary>The child's id as written (for issues), even when it is not a valid id.</summary>
    internal string? IdText => _source.ChildId;

    internal void Offence(RecordReader r, PendingOffence? offence, IEnumerable<(RecordReader Source, LegalOutcome? Outcome)> outcomes)
    {
        _tally.See(InputItemKind.Offence);
        var outcomeTally = new ReadTally();
        var accepted = new List<LegalOutcome>();
        foreach (var (source, outcome) in outcomes)
        {
            outcomeTally.See(InputItemKind.Outcome);
            if (outcome is null)
            {
                outcomeTally.Reject(InputItemKind.Outcome, source.FirstErrorCode ?? IssueCodes.InvalidValue);
            }
            else
            {
                outcomeTally.Accept(InputItemKind.Outcome);
                accepted.Add(outcome);
            }
        }

        Offence? built = null;
        if (offence is not null)
        {
            if (_offenceIds.Add(offence.Id))
            {
                built = offence.Build(accepted);
            }
            else
            {
                Duplicate(r, "offence", offence.Id.Value);
            }
        }

        if (built is null)
        {
            _tally.Reject(InputItemKind.Offence, r.FirstErrorCode ?? IssueCodes.InvalidValue);
            _tally.Merge(outcomeTally, parentRejected: true);
            return;
        }

        _tally.Accept(InputItemKind.Offence);
        _tally.Merge(outcomeTally, parentRejected: false);
        _offences.Add(built);
        Source(InputItemKind.Offence, r);
    }

    internal void Intervention(RecordReader r, Intervention? intervention)
    {
        if (intervention is not null && !_interventionIds.Add(intervention.Id))
        {
            Duplicate(r, "intervention", intervention.Id.Value);
            intervention = null;
        }

        Add(InputItemKind.Intervention, r, intervention, _interventions);
    }

    internal void Accommodation(RecordReader r, AccommodationPeriod? value) => Add(InputItemKind.Accommodation, r, value, _accommodation);

    internal void Ete(RecordReader r, EtePeriod? value) => Add(InputItemKind.Ete, r, value, _ete);

    internal void SendAln(RecordReader r, SendAlnRecord? value) => Add(InputItemKind.SendAln, r, value, _sendAln);

    internal void MentalHealth(RecordReader r, MentalHealthRecord? value) => Add(InputItemKind.MentalHealth, r, value, _mentalHealth);

    internal void SubstanceMisuse(RecordReader r, SubstanceMisuseRecord? value) => Add(InputItemKind.SubstanceMisuse, r, value, _substanceMisuse);

    internal void CareStatus(RecordReader r, CareStatusPeriod? value) => Add(InputItemKind.CareStatus, r, value, _careStatus);

    internal void Victim(RecordReader r, VictimRecord? value) => Add(InputItemKind.Victim, r, value, _victims);

    /// <summary>Builds the child and counts it and its records into <paramref name="service"/>; null when the child is rejected.</summary>
    /// <param name="service">The service being read (counts, issues, ids already used).</param>
    internal ChildCase? Build(ServiceAssembler service)
    {
        ChildCase? built = null;
        if (_child is not null)
        {
            if (service.ClaimChildId(_child.Id))
            {
                built = Create(_child);
            }
            else
            {
                _source.Error(
                    DataQualityRule.DuplicateId.Id,
                    "id",
                    _child.Id.Value,
                    $"The child id '{_child.Id}' is used more than once; this child is rejected.");
            }
        }

        service.Tally.See(InputItemKind.Child);
        if (built is null)
        {
            service.Tally.Reject(InputItemKind.Child, _source.FirstErrorCode ?? IssueCodes.InvalidValue);
            service.Tally.Merge(_tally, parentRejected: true);
            return null;
        }

        service.Tally.Accept(InputItemKind.Child);
        service.Tally.Merge(_tally, parentRejected: false);
        foreach (var finding in ChildQualityChecks.Check(built))
        {
            var at = finding.Kind == InputItemKind.Child ? _source : _sources[finding.Kind][finding.Index];
            at.Warning(finding.Rule.Id, finding.Field, finding.Value, finding.Reason);
        }

        return built;
    }

    private ChildCase? Create(PendingChild child)
    {
        try
        {
            return new ChildCase(
                child.Id, child.DateOfBirth, child.Sex, child.Ethnicity, _offences, _interventions, _accommodation, _ete,
                _sendAln, _mentalHealth, _substanceMisuse, _careStatus, _victims);
        }
        catch (ArgumentException exception)
        {
            _source.Error(IssueCodes.InvalidValue, null, null, exception.Message);
            return null;
        }
    }

    private void Add<T>(InputItemKind kind, RecordReader r, T? value, List<T> list)
        where T : class
    {
        _tally.See(kind);
        if (value is null)
        {
            _tally.Reject(kind, r.FirstErrorCode ?? IssueCodes.InvalidValue);
            return;
        }

        _tally.Accept(kind);
        list.Add(value);
        Source(kind, r);
    }

    private void Source(InputItemKind kind, RecordReader r)
    {
        if (!_sources.TryGetValue(kind, out var list))
        {
            list = [];
            _sources[kind] = list;
        }

        list.Add(r);
    }

    private static void Duplicate(RecordReader r, string what, string id)
        => r.Error(DataQualityRule.DuplicateId.Id, "id", id, $"The {what} id '{id}' is used more than once for this child; this {what} is rejected.");
}
