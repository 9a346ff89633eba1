namespace YouthJustice.Interchange.Csv;

/// <summary>
/// The sites of the accepted rows of a table set: for each kind, a flat table of (child, line) pairs in the order the
/// rows were accepted, 16 bytes a row instead of an object a row. A site is made again from it only when a child,
/// being built, reports on one of its rows (a data-quality warning); the table is then indexed by child once.
/// </summary>
/// <remarks>
/// Each kind's table is written by the one job that reads its file, and read only once every file is read (or, when
/// the table set is read child by child, once every file has passed the children of the window; decision NJ6).
/// </remarks>
internal sealed class CsvSites(IssueLog log)
{
    private readonly KindSites?[] _byKind = ByKind();

    private int _children;
    private int _first;

    /// <summary>Notes that there are (at least) this many children (the index's size).</summary>
    internal void Children(int count) => _children = Math.Max(_children, count);

    /// <summary>
    /// Forgets every site kept and keeps, from now on, those of the <paramref name="count"/> children from the
    /// <paramref name="first"/>th only (a window of the table set read child by child).
    /// </summary>
    internal void Window(int first, int count)
    {
        _first = first;
        _children = count;
        foreach (var sites in _byKind)
        {
            sites?.Clear();
        }
    }

    internal void Keep(InputItemKind kind, int child, RecordReader record)
    {
        var line = record switch
        {
            CsvRecord row => row.Line,
            CsvRowSite site => site.Line,
            _ => throw new ArgumentException("A CSV table set keeps the sites of CSV rows only.", nameof(record)),
        };
        _byKind[kind.Value]!.Add(child - _first, line);
    }

    internal RecordReader SiteOf(InputItemKind kind, int child, int index, string? childId)
    {
        var sites = _byKind[kind.Value]!;
        return new CsvRowSite(sites.Spec, sites.Line(child - _first, index, _children), log, childId, null);
    }

    private static KindSites?[] ByKind()
    {
        var byKind = new KindSites?[InputItemKind.List.Max(k => k.Value) + 1];
        foreach (var kind in InputItemKind.List.Where(k => k.CsvFile is not null))
        {
            byKind[kind.Value] = new KindSites(CsvLayout.Spec(kind));
        }

        return byKind;
    }

    private sealed class KindSites(CsvTableSpec spec)
    {
        private (int Child, long Line)[] _entries = [];
        private int _count;
        private int[]? _start;
        private long[]? _lines;

        internal CsvTableSpec Spec => spec;

        internal void Clear()
        {
            _count = 0;
            _start = null;
            _lines = null;
        }

        internal void Add(int child, long line)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, Math.Max(64, _entries.Length * 2));
            }

            _entries[_count++] = (child, line);
            _start = null;
        }

        /// <summary>The line of the child's <paramref name="index"/>-th row, indexing the table by child (a counting sort, stable) at the first ask.</summary>
        internal long Line(int child, int index, int children)
        {
            if (_start is null || _lines is null)
            {
                var start = new int[children + 1];
                for (var i = 0; i < _count; i++)
                {
                    start[_entries[i].Child + 1]++;
                }

                for (var c = 0; c < children; c++)
                {
                    start[c + 1] += start[c];
                }

                var next = (int[])start.Clone();
                var lines = new long[_count];
                for (var i = 0; i < _count; i++)
                {
                    lines[next[_entries[i].Child]++] = _entries[i].Line;
                }

                _start = start;
                _lines = lines;
            }

            return _lines[_start[child] + index];
        }
    }
}
