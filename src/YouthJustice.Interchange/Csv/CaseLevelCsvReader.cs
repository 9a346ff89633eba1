using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Records;

namespace YouthJustice.Interchange.Csv;

/// <summary>
/// Reads the case-level CSV table set (spec/interchange.md): a folder with <c>children.csv</c> and, optionally,
/// <c>offences.csv</c>, <c>outcomes.csv</c>, <c>interventions.csv</c>, <c>accommodation.csv</c>, <c>ete.csv</c>,
/// <c>send_aln.csv</c>, <c>mental_health.csv</c>, <c>substance_misuse.csv</c>, <c>care_status.csv</c>,
/// <c>victims.csv</c>, <c>board_attendance.csv</c>, <c>populations.csv</c> and <c>service.csv</c>.
/// </summary>
/// <remarks>
/// <para>Never throws on bad input: every problem is an <see cref="InputIssue"/> naming the file, the line and the
/// column. Files are comma-separated UTF-8 (a byte order mark is allowed) with a header line; fields may be quoted;
/// an empty cell is no value. Column names are the snake_case of the JSON names; a record's own id is
/// <c>child_id</c>, <c>offence_id</c>, <c>intervention_id</c> or <c>victim_id</c>; other files link to their child
/// by <c>child_id</c> (outcomes also by <c>offence_id</c>); list cells separate their items with <c>;</c>.</para>
/// <para>A missing optional file means no records of that kind; a missing <c>children.csv</c> is an error and nothing
/// is read. A header without a required column rejects every line of its file; an unknown column is reported and
/// ignored. The service is named by <c>service.csv</c> (<c>code,name</c>), or else after the folder.</para>
/// </remarks>
public static class CaseLevelCsvReader
{
    /// <summary>Reads the table set in <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder holding the CSV files.</param>
    /// <returns>The service's data (without rejected items), every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    public static ReadResult<ServiceData> ReadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var service = new ServiceAssembler();
        if (!Directory.Exists(folder))
        {
            service.Log.Error(IssueCodes.NotFound, InputLocation.Document, folder, $"The folder '{folder}' does not exist.");
            return service.Result();
        }

        var childrenFile = Path.Combine(folder, CsvLayout.Spec(InputItemKind.Child).FileName);
        if (!File.Exists(childrenFile))
        {
            service.Log.Error(
                IssueCodes.MissingChildrenFile,
                InputLocation.Csv(CsvLayout.Spec(InputItemKind.Child).FileName),
                null,
                $"The folder '{folder}' has no children.csv; it is the one file a table set must have.");
            return service.Result();
        }

        ReportUnknownFiles(folder, service.Log);
        new TableSet(folder, service).Read();
        return service.Result();
    }

    /// <summary>
    /// Reports each <c>.csv</c> file of the folder that is not a file of the table set (<c>ETE.csv</c>,
    /// <c>education.csv</c>): it is not read, so its records are lost (decision IX-R2).
    /// </summary>
    private static void ReportUnknownFiles(string folder, IssueLog log)
    {
        var known = CsvLayout.All.Select(s => s.FileName).Append(CsvLayout.ServiceFile).ToList();
        string[] files;
        try
        {
            files = Directory.GetFiles(folder, "*", SearchOption.TopDirectoryOnly);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var name in files.Select(Path.GetFileName).OfType<string>()
                     .Where(n => n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !known.Contains(n, StringComparer.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var meant = known.Find(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            var hint = meant is null
                ? $"the files of a table set are: {string.Join(", ", known)}."
                : $"did you mean '{meant}'? (file names are lower case).";
            log.Warning(IssueCodes.UnknownFile, InputLocation.Csv(name), name, $"'{name}' is not a file of the table set, so it was not read; {hint}");
        }
    }

    private sealed class TableSet(string folder, ServiceAssembler service)
    {
        private readonly Dictionary<string, ChildAssembler> _byId = new(StringComparer.Ordinal);
        private readonly List<ChildAssembler> _children = [];
        private readonly Dictionary<ChildAssembler, List<CsvOffence>> _offences = [];
        private readonly Dictionary<(string Child, string Offence), CsvOffence> _offencesById = [];

        private IssueLog Log => service.Log;

        internal void Read()
        {
            ReadService();
            Table(InputItemKind.Child, ChildRow);
            Table(InputItemKind.Offence, r => Linked(r, InputItemKind.Offence, (child, childId) => OffenceRow(r, child, childId)));
            Table(InputItemKind.Outcome, r => Linked(r, InputItemKind.Outcome, (child, childId) => OutcomeRow(r, childId)));
            Table(InputItemKind.Intervention, r => Linked(r, InputItemKind.Intervention, (child, _) => child.Intervention(r, CaseMapper.Intervention(r))));
            Table(InputItemKind.Accommodation, r => Linked(r, InputItemKind.Accommodation, (child, _) => child.Accommodation(r, CaseMapper.Accommodation(r))));
            Table(InputItemKind.Ete, r => Linked(r, InputItemKind.Ete, (child, _) => child.Ete(r, CaseMapper.Ete(r))));
            Table(InputItemKind.SendAln, r => Linked(r, InputItemKind.SendAln, (child, _) => child.SendAln(r, CaseMapper.SendAln(r))));
            Table(InputItemKind.MentalHealth, r => Linked(r, InputItemKind.MentalHealth, (child, _) => child.MentalHealth(r, CaseMapper.MentalHealth(r))));
            Table(InputItemKind.SubstanceMisuse, r => Linked(r, InputItemKind.SubstanceMisuse, (child, _) => child.SubstanceMisuse(r, CaseMapper.SubstanceMisuse(r))));
            Table(InputItemKind.CareStatus, r => Linked(r, InputItemKind.CareStatus, (child, _) => child.CareStatus(r, CaseMapper.CareStatus(r))));
            Table(InputItemKind.Victim, r => Linked(r, InputItemKind.Victim, (child, _) => child.Victim(r, CaseMapper.Victim(r))));
            Table(InputItemKind.Population, r => service.Population(r, CaseMapper.Population(r)));
            Table(InputItemKind.BoardAttendance, r => service.BoardAttendance(r, CaseMapper.BoardAttendance(r)));

            foreach (var child in _children)
            {
                if (_offences.TryGetValue(child, out var offences))
                {
                    foreach (var offence in offences)
                    {
                        child.Offence(offence.Source, offence.Pending, offence.Outcomes);
                    }
                }

                service.Child(child);
            }
        }

        private void ReadService()
        {
            var fallback = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            var path = Path.Combine(folder, CsvLayout.ServiceFile);
            if (!File.Exists(path))
            {
                service.Service(ServiceCode.Parse(fallback).TryPickT0(out var code, out _) ? code : null, fallback);
                return;
            }

            var rows = 0;
            Open(path, CsvLayout.ServiceSpec, new ReadTally(), r =>
            {
                rows++;
                if (rows == 1)
                {
                    var (code, name) = CaseMapper.Service(r);
                    service.Service(code, name);
                }
                else
                {
                    Log.Warning(IssueCodes.WrongFieldCount, r.Location(null), null, "service.csv has one line after its header; this line was ignored.");
                }
            });
        }

        private void Table(InputItemKind kind, Action<CsvRecord> onRow)
        {
            var spec = CsvLayout.Spec(kind);
            var path = Path.Combine(folder, spec.FileName);
            if (File.Exists(path))
            {
                Open(path, spec, service.Tally, onRow);
            }
        }

        private void Open(string path, CsvTableSpec spec, ReadTally tally, Action<CsvRecord> onRow)
        {
            var opened = Files.OpenRead(path);
            if (opened.TryPickT1(out var issue, out var stream))
            {
                Log.Add(issue);
                return;
            }

            using (stream)
            {
                CsvTableReader.Read(stream, spec, Log, tally, onRow);
            }
        }

        private void ChildRow(CsvRecord r)
        {
            var child = new ChildAssembler(CaseMapper.Child(r), r);
            _children.Add(child);
            if (r.ChildId is { Length: > 0 } id)
            {
                _byId.TryAdd(id, child);
            }
        }

        /// <summary>Finds the row's child; a row with no child id, or one not in children.csv, is rejected.</summary>
        private void Linked(CsvRecord r, InputItemKind kind, Action<ChildAssembler, string> read)
        {
            var childId = r.Text(RecordLayout.ChildLink, required: true);
            r.ChildId = childId;
            if (childId is not null && _byId.TryGetValue(childId, out var child))
            {
                read(child, childId);
                return;
            }

            if (childId is not null)
            {
                r.Error(IssueCodes.OrphanRow, RecordLayout.ChildLink, childId, $"There is no child '{childId}' in children.csv; this line is rejected.");
            }

            service.Tally.See(kind);
            service.Tally.Reject(kind, r.FirstErrorCode!);
        }

        private void OffenceRow(CsvRecord r, ChildAssembler child, string childId)
        {
            var offence = new CsvOffence(r, CaseMapper.Offence(r));
            if (!_offences.TryGetValue(child, out var list))
            {
                list = [];
                _offences[child] = list;
            }

            list.Add(offence);
            if (r.Has("id") && r.Text("id", required: false) is { } offenceId)
            {
                _offencesById.TryAdd((childId, offenceId), offence);
            }
        }

        private void OutcomeRow(CsvRecord r, string childId)
        {
            var offenceId = r.Text(RecordLayout.OffenceLink, required: true);
            if (offenceId is not null && _offencesById.TryGetValue((childId, offenceId), out var offence))
            {
                offence.Outcomes.Add((r, CaseMapper.Outcome(r, offence.Pending?.OffenceDate)));
                return;
            }

            if (offenceId is not null)
            {
                r.Error(
                    IssueCodes.OrphanRow,
                    RecordLayout.OffenceLink,
                    offenceId,
                    $"There is no offence '{offenceId}' of child '{childId}' in offences.csv; this line is rejected.");
            }

            service.Tally.See(InputItemKind.Outcome);
            service.Tally.Reject(InputItemKind.Outcome, r.FirstErrorCode!);
        }
    }

    private sealed class CsvOffence(CsvRecord source, PendingOffence? pending)
    {
        internal CsvRecord Source { get; } = source;

        internal PendingOffence? Pending { get; } = pending;

        internal List<(RecordReader Source, LegalOutcome? Outcome)> Outcomes { get; } = [];
    }
}
