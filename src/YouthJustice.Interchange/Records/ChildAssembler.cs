using System.Threading;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Health;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Victims;
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
    private static readonly int Kinds = InputItemKind.List.Max(k => k.Value) + 1;
    private readonly PendingChild? _child;
    private readonly RecordReader _source;
    private readonly ReadTally _tally = new();
    private readonly IRecordSites? _sites;

    // Created when first needed: most children have no records of most kinds. Each kind's fields are touched only by
    // the calls for that kind, so the files of a CSV table set can be read on several threads at once (one per file).
    private List<RecordReader>?[]? _sources;
    private HashSet<OffenceId>? _offenceIds;
    private HashSet<InterventionId>? _interventionIds;
    private List<Offence>? _offences;
    private List<Intervention>? _interventions;
    private List<AccommodationPeriod>? _accommodation;
    private List<EtePeriod>? _ete;
    private List<SendAlnRecord>? _sendAln;
    private List<MentalHealthRecord>? _mentalHealth;
    private List<SubstanceMisuseRecord>? _substanceMisuse;
    private List<CareStatusPeriod>? _careStatus;
    private List<VictimRecord>? _victims;
    private List<Hearing>? _hearings;

    // Set by Complete: the child built ahead of its admission, and its findings with their places resolved.
    private bool _completed;
    private ChildCase? _built;
    private List<(QualityFinding Finding, InputLocation Location, string? ChildId)>? _findings;

    internal ChildAssembler(PendingChild? child, RecordReader source, IRecordSites? sites = null)
    {
        _child = child;
        _source = source;
        _sites = sites;
    }

    /// <summary>The child's id as written (for issues), even when it is not a valid id.</summary>
    internal string? IdText => _source.ChildId;

    internal void Offence(RecordReader r, PendingOffence? offence, IEnumerable<(RecordReader Source, LegalOutcome? Outcome)> outcomes)
    {
        _tally.See(InputItemKind.Offence);

        // The outcomes are counted straight into the child's tally: a rejected one under its own code whatever becomes
        // of its offence, an accepted one once it is known whether the offence is kept (else as ParentRejected).
        List<LegalOutcome>? accepted = null;
        foreach (var (source, outcome) in outcomes)
        {
            _tally.See(InputItemKind.Outcome);
            if (outcome is null)
            {
                _tally.Reject(InputItemKind.Outcome, source.FirstErrorCode ?? IssueCodes.InvalidValue);
            }
            else
            {
                (accepted ??= []).Add(outcome);
            }
        }

        Offence? built = null;
        if (offence is not null)
        {
            if ((_offenceIds ??= []).Add(offence.Id))
            {
                built = offence.Build(accepted ?? []);
            }
            else
            {
                Duplicate(r, "offence", offence.Id.Value);
            }
        }

        var outcomesAccepted = accepted?.Count ?? 0;
        if (built is null)
        {
            _tally.Reject(InputItemKind.Offence, r.FirstErrorCode ?? IssueCodes.InvalidValue);
            _tally.Reject(InputItemKind.Outcome, IssueCodes.ParentRejected, outcomesAccepted);
            return;
        }

        _tally.Accept(InputItemKind.Offence);
        _tally.Accept(InputItemKind.Outcome, outcomesAccepted);
        (_offences ??= []).Add(built);
        Source(InputItemKind.Offence, r);
    }

    internal void Intervention(RecordReader r, Intervention? intervention)
    {
        if (intervention is not null && !ClaimInterventionId(intervention.Id))
        {
            Duplicate(r, "intervention", intervention.Id.Value);
            intervention = null;
        }

        Add(InputItemKind.Intervention, r, intervention, ref _interventions);
    }

    internal void Accommodation(RecordReader r, AccommodationPeriod? value) => Add(InputItemKind.Accommodation, r, value, ref _accommodation);

    internal void Ete(RecordReader r, EtePeriod? value) => Add(InputItemKind.Ete, r, value, ref _ete);

    internal void SendAln(RecordReader r, SendAlnRecord? value) => Add(InputItemKind.SendAln, r, value, ref _sendAln);

    internal void MentalHealth(RecordReader r, MentalHealthRecord? value) => Add(InputItemKind.MentalHealth, r, value, ref _mentalHealth);

    internal void SubstanceMisuse(RecordReader r, SubstanceMisuseRecord? value) => Add(InputItemKind.SubstanceMisuse, r, value, ref _substanceMisuse);

    internal void CareStatus(RecordReader r, CareStatusPeriod? value) => Add(InputItemKind.CareStatus, r, value, ref _careStatus);

    internal void Victim(RecordReader r, VictimRecord? value) => Add(InputItemKind.Victim, r, value, ref _victims);

    internal void Hearing(RecordReader r, Hearing? value)
    {
        if (value is not null && _hearings is not null && _hearings.Exists(h => h.Id == value.Id))
        {
            Duplicate(r, "hearing", value.Id.Value);
            value = null;
        }

        Add(InputItemKind.Hearing, r, value, ref _hearings);
    }

    /// <summary>Builds the child and counts it and its records into <paramref name="service"/>; null when the child is rejected.</summary>
    /// <param name="service">The service being read (counts, issues, ids already used).</param>
    internal ChildCase? Build(ServiceAssembler service)
    {
        ChildCase? built = null;
        if (_child is not null)
        {
            if (service.ClaimChildId(_child.Id))
            {
                built = _completed ? _built : Create(_child);
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

        // Into the service's log, after the rows' own issues, whichever log the row was read into.
        foreach (var (finding, location, childId) in _completed ? _findings ?? [] : Findings(built))
        {
            service.Log.Warning(finding.Rule.Id, location, finding.Value, finding.Reason, childId);
        }

        return built;
    }

    /// <summary>
    /// Builds the child now, ahead of <see cref="Build"/>, and lets go of its records, keeping only the child, its
    /// counts and its data-quality findings with their places. For a reader that holds children until the end of the
    /// input (a YJAF child's later document may supersede it), so that it holds children, not records; the issues, counts
    /// and their order are those of building at admission.
    /// </summary>
    internal void Complete()
    {
        if (_completed)
        {
            return;
        }

        _built = _child is null ? null : Create(_child);
        if (_built is not null)
        {
            var findings = Findings(_built);
            _findings = findings.Count > 0 ? findings : null;
        }

        _completed = true;
        _sources = null;
        _offenceIds = null;
        _interventionIds = null;
        _offences = null;
        _interventions = null;
        _accommodation = null;
        _ete = null;
        _sendAln = null;
        _mentalHealth = null;
        _substanceMisuse = null;
        _careStatus = null;
        _victims = null;
        _hearings = null;
    }

    /// <summary>The child's data-quality findings (the DQ rules of docs/interchange.md), each at the place of the record it is about.</summary>
    private List<(QualityFinding Finding, InputLocation Location, string? ChildId)> Findings(ChildCase built)
    {
        var findings = new List<(QualityFinding, InputLocation, string?)>();
        foreach (var finding in ChildQualityChecks.Check(built))
        {
            var at = finding.Kind == InputItemKind.Child ? _source
                : _sites is not null ? _sites.SiteOf(finding.Kind, finding.Index)
                : _sources![finding.Kind.Value]![finding.Index];
            findings.Add((finding, at.Location(finding.Field), at.ChildId));
        }

        return findings;
    }

    private ChildCase? Create(PendingChild child)
    {
        try
        {
            return new ChildCase(
                child.Id, child.DateOfBirth, child.Sex, child.Ethnicity, _offences, _interventions, _accommodation, _ete,
                _sendAln, _mentalHealth, _substanceMisuse, _careStatus, _victims, _hearings);
        }
        catch (ArgumentException exception)
        {
            _source.Error(IssueCodes.InvalidValue, null, null, exception.Message);
            return null;
        }
    }

    /// <summary>Whether no accepted intervention of the child has the id yet (a scan while they are few, then a set).</summary>
    private bool ClaimInterventionId(InterventionId id)
    {
        if (_interventions is not { Count: > 0 } accepted)
        {
            return true;
        }

        if (_interventionIds is null)
        {
            if (accepted.Count < 16)
            {
                foreach (var intervention in accepted)
                {
                    if (intervention.Id.Equals(id))
                    {
                        return false;
                    }
                }

                return true;
            }

            _interventionIds = [];
            foreach (var intervention in accepted)
            {
                _interventionIds.Add(intervention.Id);
            }
        }

        return _interventionIds.Add(id);
    }

    private void Add<T>(InputItemKind kind, RecordReader r, T? value, ref List<T>? list)
        where T : class
    {
        _tally.Count(kind, value is not null, r.FirstErrorCode);
        if (value is not null)
        {
            (list ??= []).Add(value);
            Source(kind, r);
        }
    }

    private void Source(InputItemKind kind, RecordReader r)
    {
        if (_sites is not null)
        {
            _sites.Keep(kind, r);
            return;
        }

        var sources = _sources ?? Interlocked.CompareExchange(ref _sources, new List<RecordReader>?[Kinds], null) ?? _sources;
        (sources[kind.Value] ??= []).Add(r);
    }

    private static void Duplicate(RecordReader r, string what, string id)
        => r.Error(DataQualityRule.DuplicateId.Id, "id", id, $"The {what} id '{id}' is used more than once for this child; this {what} is rejected.");
}
