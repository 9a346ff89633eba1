using YouthJustice.Domain.Offences;
using YouthJustice.Kpi;

namespace YouthJustice.Interchange.Json;

/// <summary>Turns the scanner's events for a <c>youthjustice-caselevel/1</c> document into a service's data.</summary>
internal sealed class CaseLevelJsonHandler() : TopLevelJsonHandler(
    RecordLayout.Children,
    "a case-level document",
    CaseLevelJsonReader.Schema,
    $"'{CaseLevelJsonReader.Schema}'",
    $"A case-level document is a JSON object that starts {{\"schema\": \"{CaseLevelJsonReader.Schema}\"")
{
    private readonly ServiceAssembler _service = new();

    /// <summary>A handler that hands each accepted child to <paramref name="prepared"/> and keeps none.</summary>
    internal CaseLevelJsonHandler(PreparedServiceBuilder prepared)
        : this() => _service = new ServiceAssembler(prepared);

    /// <inheritdoc />
    protected override IssueLog Log => _service.Log;

    /// <inheritdoc />
    public override void OnElement(string name, int index, JsonElement element)
    {
        var path = Path(name, index);
        switch (name)
        {
            case RecordLayout.Children:
                Child(element, path);
                break;
            case RecordLayout.Populations:
                _service.Population(element, path);
                break;
            default:
                _service.BoardAttendance(element, path);
                break;
        }
    }

    internal ReadResult<Domain.Services.ServiceData> Result() => _service.Result(Close());

    internal ReadResult<PreparedService> PreparedResult() => _service.PreparedResult(Close());

    /// <summary>The last checks of the document; the code under which everything read is refused, or null.</summary>
    private string? Close()
    {
        if (SchemaRefused)
        {
            return IssueCodes.WrongSchema;
        }

        if (!SchemaSeen && !Unreadable)
        {
            RefuseSchema(null, $"The document has no 'schema'; a case-level document starts {{\"schema\": \"{CaseLevelJsonReader.Schema}\", so nothing was read.");
            return IssueCodes.WrongSchema;
        }

        if (!ServiceSeen && !Unreadable)
        {
            Log.Error(
                IssueCodes.MissingField,
                InputLocation.Json(RecordLayout.Service),
                null,
                $"The required field 'service' is missing; the service is read as '{ServiceAssembler.UnknownServiceCode}'.");
        }

        return null;
    }

    /// <summary>The one field read whole besides the schema: the <c>service</c>.</summary>
    /// <param name="name">The field: <c>service</c>.</param>
    /// <param name="value">Its value.</param>
    protected override void OnField(string name, JsonElement value)
    {
        var record = new JsonRecord(value, RecordLayout.Service, RecordLayout.ServiceNames, Log, null);
        if (record.IsObject)
        {
            var (code, serviceName) = CaseMapper.Service(record);
            _service.Service(code, serviceName);
        }
    }

    /// <inheritdoc />
    protected override void Reject(string arrayName, string code)
    {
        var kind = arrayName switch
        {
            RecordLayout.Children => InputItemKind.Child,
            RecordLayout.Populations => InputItemKind.Population,
            _ => InputItemKind.BoardAttendance,
        };
        _service.Tally.See(kind);
        _service.Tally.Reject(kind, code);
    }

    private void Child(JsonElement element, string path)
    {
        var r = new JsonRecord(element, path, RecordLayout.FieldNames(InputItemKind.Child), Log, null);
        var child = new ChildAssembler(r.IsObject ? CaseMapper.Child(r) : null, r);
        var childId = r.ChildId;
        foreach (var (item, itemPath) in r.Items("offences"))
        {
            var offence = Record(item, itemPath, InputItemKind.Offence, childId);
            var pending = offence.IsObject ? CaseMapper.Offence(offence) : null;
            var offenceDate = pending?.OffenceDate;
            var outcomes = offence.Items("outcomes")
                .Select(o => Record(o.Element, o.Path, InputItemKind.Outcome, childId))
                .Select(o => ((RecordReader)o, o.IsObject ? CaseMapper.Outcome(o, offenceDate) : (LegalOutcome?)null))
                .ToList();
            child.Offence(offence, pending, outcomes);
        }

        Items(r, InputItemKind.Intervention, CaseMapper.Intervention, child.Intervention);
        Items(r, InputItemKind.Accommodation, CaseMapper.Accommodation, child.Accommodation);
        Items(r, InputItemKind.Ete, CaseMapper.Ete, child.Ete);
        Items(r, InputItemKind.SendAln, CaseMapper.SendAln, child.SendAln);
        Items(r, InputItemKind.MentalHealth, CaseMapper.MentalHealth, child.MentalHealth);
        Items(r, InputItemKind.SubstanceMisuse, CaseMapper.SubstanceMisuse, child.SubstanceMisuse);
        Items(r, InputItemKind.CareStatus, CaseMapper.CareStatus, child.CareStatus);
        Items(r, InputItemKind.Victim, CaseMapper.Victim, child.Victim);
        Items(r, InputItemKind.Hearing, CaseMapper.Hearing, child.Hearing);
        _service.Child(child);
    }

    /// <summary>
    /// Reads every item of one of a child's lists (the list named by <paramref name="kind"/>'s JSON name) and hands
    /// each to the child's assembler with what it maps to, or nothing when it is not an object.
    /// </summary>
    private void Items<T>(JsonRecord child, InputItemKind kind, Func<RecordReader, T?> map, Action<RecordReader, T?> add)
        where T : class
    {
        foreach (var (item, itemPath) in child.Items(kind.JsonName))
        {
            var record = Record(item, itemPath, kind, child.ChildId);
            add(record, record.IsObject ? map(record) : null);
        }
    }

    private JsonRecord Record(JsonElement element, JsonItemPath path, InputItemKind kind, string? childId)
        => new(element, path, RecordLayout.FieldNames(kind), Log, childId);
}
