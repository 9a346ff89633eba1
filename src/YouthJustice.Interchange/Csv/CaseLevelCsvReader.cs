using System.Collections.Concurrent;
using System.Threading.Tasks;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Kpi;

namespace YouthJustice.Interchange.Csv;

/// <summary>
/// Reads the case-level CSV table set (spec/interchange.md): a folder with <c>children.csv</c> and, optionally,
/// <c>offences.csv</c>, <c>outcomes.csv</c>, <c>interventions.csv</c>, <c>accommodation.csv</c>, <c>ete.csv</c>,
/// <c>send_aln.csv</c>, <c>mental_health.csv</c>, <c>substance_misuse.csv</c>, <c>care_status.csv</c>,
/// <c>victims.csv</c>, <c>hearings.csv</c> (added in 0.1.0), <c>board_attendance.csv</c>, <c>populations.csv</c> and
/// <c>service.csv</c>.
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
    /// <summary>Reads the table set in <paramref name="folder"/>, its files in parallel on every core.</summary>
    /// <param name="folder">The folder holding the CSV files.</param>
    /// <returns>The service's data (without rejected items), every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    public static ReadResult<ServiceData> ReadFolder(string folder) => ReadFolder(folder, -1);

    /// <summary>
    /// Reads the table set in <paramref name="folder"/>: <c>children.csv</c> first, then the other files at most
    /// <paramref name="maxDegreeOfParallelism"/> at a time (<c>outcomes.csv</c> after <c>offences.csv</c>). The result
    /// (data, issues in their order, counts) is the same whatever the degree of parallelism.
    /// </summary>
    /// <param name="folder">The folder holding the CSV files.</param>
    /// <param name="maxDegreeOfParallelism">The most files read at once: 1 reads them one after another; -1 lets the
    /// runtime choose (one per core).</param>
    /// <returns>The service's data (without rejected items), every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    public static ReadResult<ServiceData> ReadFolder(string folder, int maxDegreeOfParallelism)
    {
        var service = new ServiceAssembler();
        Read(folder, maxDegreeOfParallelism, service);
        return service.Result();
    }

    /// <summary>
    /// Reads the table set in <paramref name="folder"/> as <see cref="ReadFolder(string, int)"/> does, and lays each child
    /// out for the KPI engine as soon as it is built, keeping no records (<see cref="PreparedService.HasCaseData"/> is
    /// false; decision NJ5): the same issues and counts, the same returns, without the service's objects in memory.
    /// </summary>
    /// <param name="folder">The folder holding the CSV files.</param>
    /// <param name="maxDegreeOfParallelism">The most files read at once (-1: one per core).</param>
    /// <returns>The prepared service, every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    public static ReadResult<PreparedService> ReadFolderPrepared(string folder, int maxDegreeOfParallelism = -1)
    {
        var service = new ServiceAssembler(new PreparedServiceBuilder());
        Read(folder, maxDegreeOfParallelism, service);
        return service.PreparedResult();
    }

    private static void Read(string folder, int maxDegreeOfParallelism, ServiceAssembler service)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism is -1 (the runtime chooses) or 1 or more.");
        }

        if (!Directory.Exists(folder))
        {
            service.Log.Error(IssueCodes.NotFound, InputLocation.Document, folder, $"The folder '{folder}' does not exist.");
            return;
        }

        var childrenFile = Path.Combine(folder, CsvLayout.Spec(InputItemKind.Child).FileName);
        if (!File.Exists(childrenFile))
        {
            service.Log.Error(
                IssueCodes.MissingChildrenFile,
                InputLocation.Csv(CsvLayout.Spec(InputItemKind.Child).FileName),
                null,
                $"The folder '{folder}' has no children.csv; it is the one file a table set must have.");
            return;
        }

        ReportUnknownFiles(folder, service.Log);
        new TableSet(folder, service).Read(maxDegreeOfParallelism);
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

    /// <summary>
    /// One table set being read. <c>children.csv</c> is read first, into the service's own log and tally: its rows are
    /// the children the other files link to. Then each other file (offences with their outcomes, which need them) is
    /// read by one job with its own log and tally, attaching each row to its child as it is read (a child's records of
    /// one kind are touched by one job only); the jobs run in parallel up to the degree asked for. Their logs are then
    /// appended to the service's in file order and their tallies merged, so that the result does not depend on which
    /// file finished first. Last, each child is built with its offences, in the order of <c>children.csv</c>.
    /// </summary>
    private sealed class TableSet(string folder, ServiceAssembler service)
    {
        private readonly Dictionary<string, CsvChild> _byId = new(StringComparer.Ordinal);
        private readonly List<CsvChild> _children = [];
        private readonly CsvSites _sites = new(service.Log);

        internal void Read(int maxDegreeOfParallelism)
        {
            ReadService();
            Table(InputItemKind.Child, service.Log, service.Tally, ChildRow);

            FileJob[] jobs =
            [
                new(job =>
                {
                    Table(InputItemKind.Offence, job, r => OffenceRow(r, job));
                    Table(InputItemKind.Outcome, job, r => OutcomeRow(r, job));
                }),
                Linked(InputItemKind.Intervention, (c, r) => c.Intervention(r, CaseMapper.Intervention(r))),
                Linked(InputItemKind.Accommodation, (c, r) => c.Accommodation(r, CaseMapper.Accommodation(r))),
                Linked(InputItemKind.Ete, (c, r) => c.Ete(r, CaseMapper.Ete(r))),
                Linked(InputItemKind.SendAln, (c, r) => c.SendAln(r, CaseMapper.SendAln(r))),
                Linked(InputItemKind.MentalHealth, (c, r) => c.MentalHealth(r, CaseMapper.MentalHealth(r))),
                Linked(InputItemKind.SubstanceMisuse, (c, r) => c.SubstanceMisuse(r, CaseMapper.SubstanceMisuse(r))),
                Linked(InputItemKind.CareStatus, (c, r) => c.CareStatus(r, CaseMapper.CareStatus(r))),
                Linked(InputItemKind.Victim, (c, r) => c.Victim(r, CaseMapper.Victim(r))),
                Linked(InputItemKind.Hearing, (c, r) => c.Hearing(r, CaseMapper.Hearing(r))),
                new(job =>
                {
                    // The only job that counts into the service's own tally (through the assembler) while the others run.
                    Table(InputItemKind.Population, job, r => service.Population(r, CaseMapper.Population(r)));
                    Table(InputItemKind.BoardAttendance, job, r => service.BoardAttendance(r, CaseMapper.BoardAttendance(r)));
                }),
            ];

            if (maxDegreeOfParallelism == 1)
            {
                foreach (var job in jobs)
                {
                    job.Run();
                }
            }
            else
            {
                // One job at a time to each worker, largest first (offences and outcomes), so that the files balance.
                var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
                Parallel.ForEach(Partitioner.Create(jobs, EnumerablePartitionerOptions.NoBuffering), options, job => job.Run());
            }

            foreach (var job in jobs)
            {
                service.Log.Append(job.Log);
                service.Tally.Merge(job.Tally, parentRejected: false);
            }

            // Each child's rows are let go once it is built, so that its records do not exist twice (as rows waiting
            // and as the built child) for longer than one child.
            _byId.Clear();
            for (var i = 0; i < _children.Count; i++)
            {
                var child = _children[i];
                _children[i] = null!;
                foreach (var offence in child.Offences ?? [])
                {
                    child.Assembler.Offence(offence.Source, offence.Pending, offence.Outcomes ?? []);
                }

                service.Child(child.Assembler);
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
            Open(path, CsvLayout.ServiceSpec, Log, new ReadTally(), r =>
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

        private IssueLog Log => service.Log;

        private void Table(InputItemKind kind, FileJob job, Action<CsvRecord> onRow) => Table(kind, job.Log, job.Tally, onRow);

        private void Table(InputItemKind kind, IssueLog log, ReadTally tally, Action<CsvRecord> onRow)
        {
            var spec = CsvLayout.Spec(kind);
            var path = Path.Combine(folder, spec.FileName);
            if (File.Exists(path))
            {
                Open(path, spec, log, tally, onRow);
            }
        }

        private static void Open(string path, CsvTableSpec spec, IssueLog log, ReadTally tally, Action<CsvRecord> onRow)
        {
            var opened = Files.OpenRead(path);
            if (opened.TryPickT1(out var issue, out var stream))
            {
                log.Add(issue);
                return;
            }

            using (stream)
            {
                CsvTableReader.Read(stream, spec, log, tally, onRow);
            }
        }

        /// <summary>The child's row is kept as its site (issues found when the child is built go to the service's log).</summary>
        private void ChildRow(CsvRecord r)
        {
            var child = new CsvChild(_sites, _children.Count, CaseMapper.Child(r), r.Detach(Log));
            _children.Add(child);
            _sites.Children(_children.Count);
            if (r.ChildId is { Length: > 0 } id)
            {
                _byId.TryAdd(id, child);
            }
        }

        /// <summary>The job reading a file whose rows are records of a child, each handed to its child's assembler.</summary>
        private FileJob Linked(InputItemKind kind, Action<ChildAssembler, CsvRecord> read)
            => new(job => Table(kind, job, r =>
            {
                if (Child(r, kind, job) is { } child)
                {
                    read(child.Assembler, r);
                }
            }));

        /// <summary>Finds the row's child by the span of its <c>child_id</c> cell; a row with no child id, or one not in children.csv, is rejected.</summary>
        private CsvChild? Child(CsvRecord r, InputItemKind kind, FileJob job)
        {
            var cell = r.Cell(RecordLayout.ChildLink);
            if (!cell.IsEmpty && _byId.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(cell, out var found))
            {
                r.ChildId = found.Assembler.IdText;
                return found;
            }

            var childId = r.Text(RecordLayout.ChildLink, required: true);
            r.ChildId = childId;
            if (childId is not null)
            {
                r.Error(IssueCodes.OrphanRow, RecordLayout.ChildLink, childId, $"There is no child '{childId}' in children.csv; this line is rejected.");
            }

            job.Tally.See(kind);
            job.Tally.Reject(kind, r.FirstErrorCode!);
            return null;
        }

        /// <summary>An offence waits for its outcomes; its site reports into the service's log, since it is built last.</summary>
        private void OffenceRow(CsvRecord r, FileJob job)
        {
            if (Child(r, InputItemKind.Offence, job) is not { } child)
            {
                return;
            }

            var pending = CaseMapper.Offence(r);
            var site = r.Detach(Log);
            var offence = new CsvOffence(site, pending is null ? null : pending with { Source = site });
            (child.Offences ??= []).Add(offence);
            var id = r.Cell("id");
            if (!id.IsEmpty)
            {
                var key = pending is not null && id.SequenceEqual(pending.Id.Value) ? pending.Id.Value : id.ToString();
                (child.OffencesById ??= new Dictionary<string, CsvOffence>(StringComparer.Ordinal)).TryAdd(key, offence);
            }
        }

        private void OutcomeRow(CsvRecord r, FileJob job)
        {
            if (Child(r, InputItemKind.Outcome, job) is not { } child)
            {
                return;
            }

            var cell = r.Cell(RecordLayout.OffenceLink);
            if (!cell.IsEmpty && child.OffencesById is { } offences
                && offences.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(cell, out var offence))
            {
                var outcome = CaseMapper.Outcome(r, offence.Pending?.OffenceDate);
                (offence.Outcomes ??= []).Add((outcome is null ? r.Detach(job.Log) : offence.Source, outcome));
                return;
            }

            var offenceId = r.Text(RecordLayout.OffenceLink, required: true);
            if (offenceId is not null)
            {
                r.Error(
                    IssueCodes.OrphanRow,
                    RecordLayout.OffenceLink,
                    offenceId,
                    $"There is no offence '{offenceId}' of child '{r.ChildId}' in offences.csv; this line is rejected.");
            }

            job.Tally.See(InputItemKind.Outcome);
            job.Tally.Reject(InputItemKind.Outcome, r.FirstErrorCode!);
        }
    }

    /// <summary>One file job of a table set: what it reads, into its own log and tally.</summary>
    private sealed class FileJob(Action<FileJob> read)
    {
        internal IssueLog Log { get; } = new();

        internal ReadTally Tally { get; } = new();

        internal void Run() => read(this);
    }

    /// <summary>A child of children.csv with its offences while the table set is read; its rows' sites are in the table set's <see cref="CsvSites"/>.</summary>
    private sealed class CsvChild : IRecordSites
    {
        private readonly CsvSites _sites;
        private readonly int _index;

        internal CsvChild(CsvSites sites, int index, PendingChild? child, RecordReader source)
        {
            _sites = sites;
            _index = index;
            Assembler = new ChildAssembler(child, source, this);
        }

        internal ChildAssembler Assembler { get; }

        public void Keep(InputItemKind kind, RecordReader record) => _sites.Keep(kind, _index, record);

        public RecordReader SiteOf(InputItemKind kind, int index) => _sites.SiteOf(kind, _index, index, Assembler.IdText);

        internal List<CsvOffence>? Offences { get; set; }

        internal Dictionary<string, CsvOffence>? OffencesById { get; set; }
    }

    private sealed class CsvOffence(RecordReader source, PendingOffence? pending)
    {
        internal RecordReader Source { get; } = source;

        internal PendingOffence? Pending { get; } = pending;

        internal List<(RecordReader Source, LegalOutcome? Outcome)>? Outcomes { get; set; }
    }
}
