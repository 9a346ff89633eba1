using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Json;

namespace YouthJustice.Interchange.Yjaf;

/// <summary>
/// Gathers the child documents of a YJAF-shaped input as they are read, applies the pipeline's record rules (the
/// latest document of each child is used, ordered as spec/yjaf-case-level.md §1 says; a child whose latest document
/// is marked deleted is left out; decision YJ-1) and produces the result. Only the best document so far of each child
/// is held; a document that loses is counted and reported at once.
/// </summary>
internal sealed class YjafServiceBuilder
{
    private readonly ServiceAssembler _service = new();
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private readonly List<YjafDocument> _best = [];
    private ServiceCode? _code;
    private string? _name;
    private bool _serviceGiven;
    private int _order;

    internal IssueLog Log => _service.Log;

    internal ReadTally Tally => _service.Tally;

    /// <summary>The service object (<c>{"code": ..., "name": ...}</c>), when the input has one.</summary>
    internal void Service(JsonElement value, string path)
    {
        if (_serviceGiven)
        {
            Log.Error(IssueCodes.DuplicateField, InputLocation.Json(path), null, "The service is given more than once; only the first is read.");
            return;
        }

        _serviceGiven = true;
        var record = new JsonRecord(value, path, RecordLayout.ServiceNames, Log, null);
        if (record.IsObject)
        {
            (_code, _name) = CaseMapper.Service(record);
        }
    }

    internal void Population(JsonElement element, string path) => _service.Population(element, path);

    internal void BoardAttendance(JsonElement element, string path) => _service.BoardAttendance(element, path);

    /// <summary>A document that could not be read at all (not JSON, too large): counted as rejected.</summary>
    internal void Unreadable(string code)
    {
        _order++;
        Tally.See(InputItemKind.YjafDocument);
        Tally.Reject(InputItemKind.YjafDocument, code);
    }

    internal void Document(JsonElement element, string path)
    {
        var document = YjafDocument.Read(element, path, _order++);
        Tally.See(InputItemKind.YjafDocument);
        if (document.HeaderError is { } error || document.Ypid is null)
        {
            Tally.Reject(InputItemKind.YjafDocument, document.HeaderError ?? IssueCodes.MissingField);
            Append(document.Log);
            return;
        }

        if (!_slotOf.TryGetValue(document.Ypid, out var slot))
        {
            _slotOf[document.Ypid] = _best.Count;
            _best.Add(document);
            return;
        }

        var best = _best[slot];
        var (winner, loser) = document.IsLaterThan(best) ? (document, best) : (best, document);
        _best[slot] = winner;
        Superseded(loser, winner);
    }

    internal ReadResult<ServiceData> Result(string? refuseAll = null)
    {
        var code = _code;
        if (code is null && !_serviceGiven)
        {
            var first = _best.Select(d => d.Yotoucode).FirstOrDefault(c => c is not null);
            if (first is not null && ServiceCode.Parse(first).TryPickT0(out var parsed, out _))
            {
                code = parsed;
            }
        }

        _service.Service(code, _name ?? code?.Value);
        var hearings = 0;
        var remands = 0;
        var notCarried = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in _best)
        {
            if (document.Deleted)
            {
                LeaveOut(
                    document,
                    IssueCodes.YjafDeleted,
                    $"The latest document of child '{document.Ypid}' is marked deleted, so the child is left out with all its documents (spec/yjaf-case-level.md §1).");
                continue;
            }

            if (code is not null && document.Yotoucode is { } other && !string.Equals(other, code.Value.Value, StringComparison.Ordinal))
            {
                Tally.Reject(InputItemKind.YjafDocument, IssueCodes.YjafOtherService);
                Log.Error(
                    IssueCodes.YjafOtherService,
                    InputLocation.Json(document.Path + "." + YjafLayout.Yotoucode),
                    other,
                    $"The document of child '{document.Ypid}' is from YJS '{other}', not '{code.Value.Value}', the service being read; it was rejected.",
                    document.Ypid);
                continue;
            }

            Tally.Accept(InputItemKind.YjafDocument);
            var accepted = _service.TryChild(document.Child!);
            Tally.Merge(document.Extra, parentRejected: !accepted);
            Append(document.Log);
            if (accepted)
            {
                hearings += document.Extra.Accepted(InputItemKind.Hearing);
                remands += document.RemandDecisions;
                foreach (var (type, count) in document.NotCarried)
                {
                    notCarried[type] = notCarried.TryGetValue(type, out var n) ? checked(n + count) : count;
                }
            }
        }

        if (hearings > 0 || notCarried.Count > 0)
        {
            var parts = new List<string>();
            if (hearings > 0)
            {
                parts.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{hearings} hearing item(s) without a remand decision and a hearing date were read for the first hearing dates of their linked offences only{(remands > 0 ? $" ({remands} with a remand decision but no hearing date: the decision is not used)" : string.Empty)}"));
            }

            if (notCarried.Count > 0)
            {
                parts.Add("items of types our model does not carry were read and not used: "
                    + string.Join(", ", notCarried.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} ({p.Value})"))));
            }

            Log.Warning(IssueCodes.YjafNotUsed, InputLocation.Document, null, string.Join("; ", parts) + " (docs/interchange-yjaf.md).");
        }

        return _service.Result(refuseAll);
    }

    private void Superseded(YjafDocument loser, YjafDocument winner)
        => LeaveOut(
            loser,
            IssueCodes.YjafSuperseded,
            $"Child '{loser.Ypid}' has a later document ({winner.Path}: return {Period(winner)}) than this one (return {Period(loser)}); only the latest is read (spec/yjaf-case-level.md §1).");

    /// <summary>A child document that was read but is not used: rejected under <paramref name="code"/>, with a warning saying why.</summary>
    private void LeaveOut(YjafDocument document, string code, string reason)
    {
        Tally.Reject(InputItemKind.YjafDocument, code);
        Log.Warning(code, InputLocation.Json(document.Path), document.Ypid, reason, document.Ypid);
    }

    private static string Period(YjafDocument d)
        => $"{(d.ReturnStart is { } s ? CaseMapper.Iso(s) : "no start")} to {(d.ReturnEnd is { } e ? CaseMapper.Iso(e) : "no end")}";

    private void Append(IssueLog log)
    {
        foreach (var issue in log.Issues)
        {
            Log.Add(issue);
        }
    }
}
