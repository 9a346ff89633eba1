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
        => ReadFolder(folder, maxDegreeOfParallelism, TableSet.WindowSize, out _);

    /// <summary>
    /// Reads the table set with children windows of <paramref name="windowSize"/> (0: each file whole), and says
    /// whether it was read child by child (decision NJ6).
    /// </summary>
    internal static ReadResult<ServiceData> ReadFolder(string folder, int maxDegreeOfParallelism, int windowSize, out bool readByChild)
        => Read(folder, maxDegreeOfParallelism, () => new ServiceAssembler(), windowSize, out readByChild).Result();

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
        => ReadFolderPrepared(folder, maxDegreeOfParallelism, TableSet.WindowSize, out _);

    /// <summary>As <see cref="ReadFolder(string, int, int, out bool)"/>, straight into the engine's layout.</summary>
    internal static ReadResult<PreparedService> ReadFolderPrepared(string folder, int maxDegreeOfParallelism, int windowSize, out bool readByChild)
        => Read(folder, maxDegreeOfParallelism, () => new ServiceAssembler(new PreparedServiceBuilder()), windowSize, out readByChild).PreparedResult();

    /// <summary>
    /// Reads the table set child by child (its files side by side), or, when a file is not in the order of
    /// <c>children.csv</c>, again, each file whole (decision NJ6): either way the same result.
    /// </summary>
    private static ServiceAssembler Read(string folder, int maxDegreeOfParallelism, Func<ServiceAssembler> assembler, int windowSize, out bool readByChild)
    {
        readByChild = false;
        var service = assembler();
        if (!Start(folder, maxDegreeOfParallelism, service))
        {
            return service;
        }

        if (windowSize > 0)
        {
            readByChild = new TableSet(folder, service, windowSize).ReadByChild(maxDegreeOfParallelism);
            if (readByChild)
            {
                return service;
            }

            service = assembler();
            Start(folder, maxDegreeOfParallelism, service);
        }

        new TableSet(folder, service, 0).ReadWhole(maxDegreeOfParallelism);
        return service;
    }

    /// <summary>Checks the folder and its <c>children.csv</c>, and reports its unknown files; whether the table set can be read.</summary>
    private static bool Start(string folder, int maxDegreeOfParallelism, ServiceAssembler service)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism is -1 (the runtime chooses) or 1 or more.");
        }

        if (!Directory.Exists(folder))
        {
            service.Log.Error(IssueCodes.NotFound, InputLocation.Document, folder, $"The folder '{folder}' does not exist.");
            return false;
        }

        var childrenFile = Path.Combine(folder, CsvLayout.Spec(InputItemKind.Child).FileName);
        if (!File.Exists(childrenFile))
        {
            service.Log.Error(
                IssueCodes.MissingChildrenFile,
                InputLocation.Csv(CsvLayout.Spec(InputItemKind.Child).FileName),
                null,
                $"The folder '{folder}' has no children.csv; it is the one file a table set must have.");
            return false;
        }

        ReportUnknownFiles(folder, service.Log);
        return true;
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
    /// One table set being read. <c>service.csv</c> and <c>children.csv</c> are read first, into the service's own log
    /// and tally: the rows of <c>children.csv</c> are the children the other files link to. Each other file then has
    /// its own log and tally, and its rows are attached to their children as they are read (a child's records of one
    /// kind are touched by one job only; outcomes after offences, in one job, since they need them). The files' logs
    /// are put after <c>children.csv</c>'s in file order, and their tallies merged in that order, so that the result
    /// does not depend on which file finished first. Each child is built with its offences in the order of
    /// <c>children.csv</c>, its issues after the files'.
    /// </summary>
    /// <remarks>
    /// Two ways to walk the files give the same result (decision NJ6). <see cref="ReadByChild"/> walks every file side by
    /// side, a window of <see cref="WindowSize"/> children at a time, and builds each window's children before it
    /// reads on, so that only one window's records wait in memory; it needs each file's rows in the order of
    /// <c>children.csv</c> (as a table set is written), and gives up on meeting a row of a child whose window has
    /// passed. <see cref="ReadWhole"/> reads each file whole, in any order, holding every record until the last file
    /// is read.
    /// </remarks>
    private sealed class TableSet(string folder, ServiceAssembler service, int windowSize)
    {
        /// <summary>The children whose records <see cref="ReadByChild"/> reads side by side, unless told otherwise.</summary>
        internal const int WindowSize = 512;

        /// <summary>Each child id's place in children.csv (its first row, when an id is given twice).</summary>
        private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
        private readonly List<CsvChild> _children = [];
        private bool _idsFirst;
        private readonly CsvSites[] _sites = [new(service.Log), new(service.Log)];

        /// <summary>Reads each file whole, then builds every child.</summary>
        internal void ReadWhole(int maxDegreeOfParallelism)
        {
            ReadService();
            Table(InputItemKind.Child, service.Log, service.Tally, ChildRow);

            var files = LinkedFiles();
            var serviceJob = ServiceJob();
            var jobs = Jobs(files, job =>
            {
                foreach (var file in job)
                {
                    Table(file.Kind, file.Log, file.Tally, r =>
                    {
                        if (ChildIndex(r, file) is var index and >= 0)
                        {
                            file.OnRow(r, _children[index], file);
                        }
                    });
                }
            });
            Run([.. jobs, serviceJob], maxDegreeOfParallelism);

            foreach (var file in files)
            {
                service.Log.Append(file.Log);
                service.Tally.Merge(file.Tally, parentRejected: false);
            }

            service.Log.Append(serviceJob.Log);
            service.Tally.Merge(serviceJob.Tally, parentRejected: false);

            // Each child's rows are let go once it is built, so that its records do not exist twice (as rows waiting
            // and as the built child) for longer than one child.
            _byId.Clear();
            Build(0, _children.Count);
        }

        /// <summary>
        /// Reads the files side by side, a window of children at a time, building each window's children before
        /// reading on; <see langword="false"/> (and nothing usable read) when a file's rows are not in the order of
        /// <c>children.csv</c>, so that the caller reads the set again with <see cref="ReadWhole"/>.
        /// </summary>
        internal bool ReadByChild(int maxDegreeOfParallelism)
        {
            ReadService();
            var fileIssuesAt = service.Log.Issues.Count;
            var total = ScanChildIds();

            // children.csv too is read a window at a time, after a first pass that reads only its ids (so that a row
            // of another file is known to be of a later child, or of none).
            using var childRows = new ChildRows();
            _children.EnsureCapacity(total);
            var files = LinkedFiles();
            try
            {
                var serviceJob = ServiceJob();
                serviceJob.Run();

                // The children's own counts are merged after the files', as when the files are read whole.
                var counted = service.SwapTally(new ReadTally());
                childRows.Open(folder);
                foreach (var file in files)
                {
                    file.Open(folder);
                }

                // While one window's children are built, the next window is read (on other threads unless the degree
                // of parallelism is 1): the two touch different children and different site tables. The last
                // window's walk reads each file to its end (a table set with no child has one, empty, window).
                var inOrder = Walk(childRows, files, 0, Math.Min(total, windowSize), maxDegreeOfParallelism);
                for (var first = 0; inOrder;)
                {
                    var last = Math.Min(total, first + windowSize);
                    if (last == total)
                    {
                        Build(first, last);
                        break;
                    }

                    var next = Math.Min(total, last + windowSize);
                    if (maxDegreeOfParallelism == 1)
                    {
                        Build(first, last);
                        inOrder = Walk(childRows, files, last, next, maxDegreeOfParallelism);
                    }
                    else
                    {
                        var walking = Task.Run(() => Walk(childRows, files, last, next, maxDegreeOfParallelism));
                        Build(first, last);
                        inOrder = walking.GetAwaiter().GetResult();
                    }

                    first = last;
                }

                var built = service.SwapTally(counted);
                if (!inOrder || _children.Count != total)
                {
                    // A row out of order; or children.csv changed between its two passes.
                    return false;
                }

                var fileIssues = new IssueLog();
                fileIssues.Append(childRows.Log);
                counted.Merge(childRows.Tally, parentRejected: false);
                foreach (var file in files)
                {
                    fileIssues.Append(file.Log);
                    counted.Merge(file.Tally, parentRejected: false);
                }

                fileIssues.Append(serviceJob.Log);
                counted.Merge(serviceJob.Tally, parentRejected: false);
                counted.Merge(built, parentRejected: false);
                service.Log.Insert(fileIssuesAt, fileIssues);
                return true;
            }
            finally
            {
                foreach (var file in files)
                {
                    file.Dispose();
                }
            }
        }

        /// <summary>
        /// Reads every file up to the children from <paramref name="last"/> on, attaching the rows of the children from
        /// <paramref name="first"/>: offences with their outcomes (which need them) on one thread, the other files each
        /// on its own, up to <paramref name="maxDegreeOfParallelism"/> at once; whether every row met was in order.
        /// </summary>
        private bool Walk(ChildRows childRows, LinkedFile[] files, int first, int last, int maxDegreeOfParallelism)
        {
            SitesOf(first).Window(first, last - first);
            childRows.ReadTo(this, last);
            var inOrder = true;
            Run(Jobs(files, job =>
            {
                foreach (var file in job)
                {
                    if (!file.Walk(this, first, last))
                    {
                        inOrder = false;
                        return;
                    }
                }
            }), maxDegreeOfParallelism);
            return inOrder;
        }

        /// <summary>
        /// The site table of the child at <paramref name="index"/>: read child by child, windows take turns between two
        /// tables, so that one window's sites are read while the next window's are written; read whole, one table.
        /// </summary>
        private CsvSites SitesOf(int index) => windowSize == 0 ? _sites[0] : _sites[index / windowSize % 2];

        /// <summary>The children read from children.csv so far.</summary>
        private int ChildCount => _children.Count;

        /// <summary>The files linked to a child by <c>child_id</c>, in the order their issues are reported.</summary>
        private LinkedFile[] LinkedFiles() =>
        [
            new(InputItemKind.Offence, OffenceRow),
            new(InputItemKind.Outcome, OutcomeRow),
            Linked(InputItemKind.Intervention, (c, r) => c.Intervention(r, CaseMapper.Intervention(r))),
            Linked(InputItemKind.Accommodation, (c, r) => c.Accommodation(r, CaseMapper.Accommodation(r))),
            Linked(InputItemKind.Ete, (c, r) => c.Ete(r, CaseMapper.Ete(r))),
            Linked(InputItemKind.SendAln, (c, r) => c.SendAln(r, CaseMapper.SendAln(r))),
            Linked(InputItemKind.MentalHealth, (c, r) => c.MentalHealth(r, CaseMapper.MentalHealth(r))),
            Linked(InputItemKind.SubstanceMisuse, (c, r) => c.SubstanceMisuse(r, CaseMapper.SubstanceMisuse(r))),
            Linked(InputItemKind.CareStatus, (c, r) => c.CareStatus(r, CaseMapper.CareStatus(r))),
            Linked(InputItemKind.Victim, (c, r) => c.Victim(r, CaseMapper.Victim(r))),
            Linked(InputItemKind.Hearing, (c, r) => c.Hearing(r, CaseMapper.Hearing(r))),
        ];

        /// <summary>The jobs that read the linked files: offences with their outcomes (which need them), then one job per other file.</summary>
        private static FileJob[] Jobs(LinkedFile[] files, Action<LinkedFile[]> read)
            => [new(_ => read(files[..2])), .. files[2..].Select(f => new FileJob(_ => read([f])))];

        /// <summary>The job reading the files of the service: the only one that counts into the service's own tally (through the assembler).</summary>
        private FileJob ServiceJob() => new(job =>
        {
            Table(InputItemKind.Population, job.Log, job.Tally, r => service.Population(r, CaseMapper.Population(r)));
            Table(InputItemKind.BoardAttendance, job.Log, job.Tally, r => service.BoardAttendance(r, CaseMapper.BoardAttendance(r)));
        });

        private static void Run(FileJob[] jobs, int maxDegreeOfParallelism)
        {
            if (maxDegreeOfParallelism == 1)
            {
                foreach (var job in jobs)
                {
                    job.Run();
                }

                return;
            }

            // One job at a time to each worker, largest first (offences and outcomes), so that the files balance.
            var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
            Parallel.ForEach(Partitioner.Create(jobs, EnumerablePartitionerOptions.NoBuffering), options, job => job.Run());
        }

        /// <summary>Builds the children from <paramref name="first"/> to before <paramref name="last"/>, in order, letting each go once built.</summary>
        private void Build(int first, int last)
        {
            for (var i = first; i < last; i++)
            {
                var child = _children[i];
                _children[i] = null!;
                foreach (var offence in child.Offences ?? [])
                {
                    child.Assembler.Offence(offence.Source, offence.Pending, offence.Outcomes ?? []);
                }

                service.Child(child.Assembler);
                child.Release();
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
            var index = _children.Count;
            var child = new CsvChild(SitesOf(index), index, CaseMapper.Child(r), r.Detach(Log));
            _children.Add(child);
            if (!_idsFirst)
            {
                // Read whole; read child by child, the ids were read first and each window sizes its own sites.
                _sites[0].Children(_children.Count);
                if (r.ChildId is { Length: > 0 } id)
                {
                    _byId.TryAdd(id, index);
                }
            }
        }

        /// <summary>
        /// The first pass over children.csv, child by child: the place of each child id, read as <see cref="ChildRow"/>
        /// reads it (its issues are reported by the second pass); the number of rows that will be children.
        /// </summary>
        private int ScanChildIds()
        {
            _idsFirst = true;
            var rows = 0;
            Table(InputItemKind.Child, new IssueLog(), new ReadTally(), r =>
            {
                if (r.Text("id", required: true) is { Length: > 0 } id)
                {
                    _byId.TryAdd(id, rows);
                }

                rows++;
            });
            return rows;
        }

        /// <summary>A file whose rows are records of a child, each handed to its child's assembler.</summary>
        private static LinkedFile Linked(InputItemKind kind, Action<ChildAssembler, CsvRecord> read)
            => new(kind, (r, child, _) => read(child.Assembler, r));

        /// <summary>
        /// The place in children.csv of the row's child, found by the span of its <c>child_id</c> cell; a row with no
        /// child id, or one not in children.csv, is rejected (-1).
        /// </summary>
        private int ChildIndex(CsvRecord r, LinkedFile file)
        {
            var cell = r.Cell(RecordLayout.ChildLink);
            if (!cell.IsEmpty && _byId.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(cell, out var id, out var index))
            {
                r.ChildId = id;
                return index;
            }

            var childId = r.Text(RecordLayout.ChildLink, required: true);
            r.ChildId = childId;
            if (childId is not null)
            {
                r.Error(IssueCodes.OrphanRow, RecordLayout.ChildLink, childId, $"There is no child '{childId}' in children.csv; this line is rejected.");
            }

            file.Tally.See(file.Kind);
            file.Tally.Reject(file.Kind, r.FirstErrorCode!);
            return -1;
        }

        /// <summary>An offence waits for its outcomes; its site reports into the service's log, since it is built last.</summary>
        private void OffenceRow(CsvRecord r, CsvChild child, LinkedFile file)
        {
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

        private void OutcomeRow(CsvRecord r, CsvChild child, LinkedFile file)
        {
            var cell = r.Cell(RecordLayout.OffenceLink);
            if (!cell.IsEmpty && child.OffencesById is { } offences
                && offences.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(cell, out var offence))
            {
                var outcome = CaseMapper.Outcome(r, offence.Pending?.OffenceDate);
                (offence.Outcomes ??= []).Add((outcome is null ? r.Detach(file.Log) : offence.Source, outcome));
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

            file.Tally.See(InputItemKind.Outcome);
            file.Tally.Reject(InputItemKind.Outcome, r.FirstErrorCode!);
        }

        /// <summary>children.csv read a window at a time (decision NJ6), into its own log and tally.</summary>
        private sealed class ChildRows : IDisposable
        {
            private CsvTableReader? _reader;

            internal IssueLog Log { get; } = new();

            internal ReadTally Tally { get; } = new();

            internal void Open(string folder)
            {
                var spec = CsvLayout.Spec(InputItemKind.Child);
                _reader = CsvTableReader.OpenFile(Path.Combine(folder, spec.FileName), spec, Log, Tally);
            }

            /// <summary>Reads rows until the table set has <paramref name="count"/> children, or to the end of the file.</summary>
            internal void ReadTo(TableSet set, int count)
            {
                while (set.ChildCount < count && _reader is not null && _reader.MoveNext())
                {
                    set.ChildRow(_reader.Current);
                }
            }

            public void Dispose()
            {
                _reader?.Dispose();
                _reader = null;
            }
        }

        /// <summary>
        /// One file linked to children, with its own log and tally; when read child by child, its reader, which
        /// stands between windows on the first row of a later window.
        /// </summary>
        private sealed class LinkedFile(InputItemKind kind, Action<CsvRecord, CsvChild, LinkedFile> onRow) : IDisposable
        {
            private CsvTableReader? _reader;
            private bool _onRow;

            internal InputItemKind Kind => kind;

            internal Action<CsvRecord, CsvChild, LinkedFile> OnRow => onRow;

            internal IssueLog Log { get; } = new();

            internal ReadTally Tally { get; } = new();

            /// <summary>Opens the file, if the set has it, and moves to its first row.</summary>
            internal void Open(string folder)
            {
                var path = Path.Combine(folder, CsvLayout.Spec(kind).FileName);
                if (!File.Exists(path))
                {
                    return;
                }

                _reader = CsvTableReader.OpenFile(path, CsvLayout.Spec(kind), Log, Tally);
                _onRow = _reader is not null && _reader.MoveNext();
            }

            /// <summary>
            /// Reads on up to the first row of a child from <paramref name="last"/> on (rows linked to no child are
            /// rejected on the way); <see langword="false"/> on meeting a row of a child before <paramref name="first"/>,
            /// whose window has passed.
            /// </summary>
            internal bool Walk(TableSet set, int first, int last)
            {
                while (_onRow)
                {
                    var r = _reader!.Current;
                    if (set.ChildIndex(r, this) is var index and >= 0)
                    {
                        if (index >= last)
                        {
                            return true;
                        }

                        if (index < first || index >= set.ChildCount)
                        {
                            // A child whose window has passed; or, with children.csv changed since its ids were read, none.
                            return false;
                        }

                        onRow(r, set._children[index], this);
                    }

                    _onRow = _reader.MoveNext();
                }

                return true;
            }

            public void Dispose()
            {
                _reader?.Dispose();
                _reader = null;
                _onRow = false;
            }
        }
    }

    /// <summary>One job of a table set: what it reads, into its own log and tally.</summary>
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
        private ChildAssembler? _assembler;

        internal CsvChild(CsvSites sites, int index, PendingChild? child, RecordReader source)
        {
            _sites = sites;
            Index = index;
            _assembler = new ChildAssembler(child, source, this);
            IdText = _assembler.IdText;
        }

        /// <summary>Gathers the child's records until it is built.</summary>
        internal ChildAssembler Assembler => _assembler ?? throw new InvalidOperationException("The child was built and its records let go.");

        /// <summary>The text of its id as read (what the rows of the other files link to).</summary>
        internal string? IdText { get; }

        /// <summary>Its place in children.csv (0 for the first row).</summary>
        internal int Index { get; }

        public void Keep(InputItemKind kind, RecordReader record) => _sites.Keep(kind, Index, record);

        public RecordReader SiteOf(InputItemKind kind, int index) => _sites.SiteOf(kind, Index, index, IdText);

        internal List<CsvOffence>? Offences { get; set; }

        internal Dictionary<string, CsvOffence>? OffencesById { get; set; }

        /// <summary>Lets the child's records go once it is built; it stays findable by id (a later row of it is out of order).</summary>
        internal void Release()
        {
            _assembler = null;
            Offences = null;
            OffencesById = null;
        }
    }

    private sealed class CsvOffence(RecordReader source, PendingOffence? pending)
    {
        internal RecordReader Source { get; } = source;

        internal PendingOffence? Pending { get; } = pending;

        internal List<(RecordReader Source, LegalOutcome? Outcome)>? Outcomes { get; set; }
    }
}
