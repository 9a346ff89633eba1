using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Json;
using YouthJustice.Interchange.Quality;
using YouthJustice.Kpi;

namespace YouthJustice.Interchange.Records;

/// <summary>
/// Gathers a service's data as it is read, whichever the format, and produces the <see cref="ReadResult{T}"/>:
/// the <see cref="ServiceData"/> of everything accepted, every issue, and the counts.
/// </summary>
internal sealed class ServiceAssembler
{
    /// <summary>The code given to a service whose own code could not be read.</summary>
    internal const string UnknownServiceCode = "UNKNOWN";

    /// <summary>The name given to a service whose own name could not be read.</summary>
    internal const string UnknownServiceName = "Unknown service";

    private readonly List<PopulationEstimate> _populations = [];
    private readonly HashSet<int> _years = [];
    private readonly List<BoardAttendance> _boardAttendance = [];
    private readonly List<ChildCase> _children = [];
    private readonly HashSet<ChildId> _childIds = [];
    private readonly PreparedServiceBuilder? _prepared;
    private ServiceCode? _code;
    private string? _name;

    /// <summary>An assembler that keeps the accepted children as <see cref="ServiceData"/>.</summary>
    internal ServiceAssembler()
    {
    }

    /// <summary>
    /// An assembler that hands each accepted child to <paramref name="prepared"/> as soon as it is built and keeps
    /// none (decision NJ5); the result is then <see cref="PreparedResult"/>.
    /// </summary>
    internal ServiceAssembler(PreparedServiceBuilder prepared) => _prepared = prepared;

    internal IssueLog Log { get; } = new();

    internal ReadTally Tally { get; private set; } = new();

    /// <summary>
    /// Counts into <paramref name="next"/> from now on and returns the tally counted so far, so that a reader that
    /// builds children before it has counted every file can merge the counts in the order of a whole-file read.
    /// </summary>
    internal ReadTally SwapTally(ReadTally next)
    {
        var previous = Tally;
        Tally = next;
        return previous;
    }

    internal void Service(ServiceCode? code, string? name)
    {
        _code = code;
        _name = string.IsNullOrWhiteSpace(name) ? null : name;
    }

    internal bool ClaimChildId(ChildId id) => _childIds.Add(id);

    internal void Child(ChildAssembler child) => TryChild(child);

    /// <summary>Builds <paramref name="child"/> and keeps it (or hands it to the prepared service) when accepted; whether it was accepted.</summary>
    internal bool TryChild(ChildAssembler child)
    {
        if (child.Build(this) is not { } built)
        {
            return false;
        }

        if (_prepared is not null)
        {
            _prepared.Add(built);
        }
        else
        {
            _children.Add(built);
        }

        return true;
    }

    internal void Population(RecordReader r, PopulationEstimate? population)
    {
        if (population is not null && !_years.Add(population.Year))
        {
            var year = population.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            r.Error(DataQualityRule.DuplicateId.Id, "year", year, $"There is already a population estimate for {year}; this one is rejected.");
            population = null;
        }

        Count(InputItemKind.Population, r, population, _populations);
    }

    internal void BoardAttendance(RecordReader r, BoardAttendance? attendance) => Count(InputItemKind.BoardAttendance, r, attendance, _boardAttendance);

    /// <summary>Reads one element of a JSON document's <c>populations</c> list (case-level or YJAF-shaped).</summary>
    /// <param name="element">The element.</param>
    /// <param name="path">Its JSON path: <c>populations[0]</c>.</param>
    internal void Population(JsonElement element, string path)
    {
        var record = new JsonRecord(element, path, RecordLayout.FieldNames(InputItemKind.Population), Log, null);
        Population(record, record.IsObject ? CaseMapper.Population(record) : null);
    }

    /// <summary>Reads one element of a JSON document's <c>boardAttendance</c> list (case-level or YJAF-shaped).</summary>
    /// <param name="element">The element.</param>
    /// <param name="path">Its JSON path: <c>boardAttendance[0]</c>.</param>
    internal void BoardAttendance(JsonElement element, string path)
    {
        var record = new JsonRecord(element, path, RecordLayout.FieldNames(InputItemKind.BoardAttendance), Log, null);
        BoardAttendance(record, record.IsObject ? CaseMapper.BoardAttendance(record) : null);
    }

    /// <summary>The result; when <paramref name="refuseAll"/> is given, every item read is counted as rejected under that code and none is returned.</summary>
    internal ReadResult<ServiceData> Result(string? refuseAll = null)
    {
        if (refuseAll is not null)
        {
            Tally.RejectAllAccepted(refuseAll);
            _children.Clear();
            _populations.Clear();
            _boardAttendance.Clear();
        }

        var data = new ServiceData(
            _code ?? new ServiceCode(UnknownServiceCode),
            _name ?? UnknownServiceName,
            _populations,
            _boardAttendance,
            _children);
        return new ReadResult<ServiceData>(data, Log.Issues, Tally.ToSummary(Log.Issues));
    }

    /// <summary>
    /// The result as a prepared service, from an assembler made with a <see cref="PreparedServiceBuilder"/>: the same
    /// issues and counts as <see cref="Result"/>, the children laid out child by child. With <paramref name="refuseAll"/>
    /// no child is laid out.
    /// </summary>
    internal ReadResult<PreparedService> PreparedResult(string? refuseAll = null)
    {
        var header = Result(refuseAll);
        var data = header.Value;
        var builder = refuseAll is null && _prepared is not null ? _prepared : new PreparedServiceBuilder();
        return new ReadResult<PreparedService>(builder.Build(data.Code, data.Name, data.Populations, data.BoardAttendance), header.Issues, header.Summary);
    }

    private void Count<T>(InputItemKind kind, RecordReader r, T? value, List<T> list)
        where T : class
    {
        Tally.Count(kind, value is not null, r.FirstErrorCode);
        if (value is not null)
        {
            list.Add(value);
        }
    }
}
