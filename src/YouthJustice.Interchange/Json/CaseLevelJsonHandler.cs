using System.Linq;
using System.Text.Json;
using YouthJustice.Domain.Offences;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Records;

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
                var population = new JsonRecord(element, path, RecordLayout.FieldNames(InputItemKind.Population), Log, null);
                _service.Population(population, population.IsObject ? CaseMapper.Population(population) : null);
                break;
            default:
                var attendance = new JsonRecord(element, path, RecordLayout.FieldNames(InputItemKind.BoardAttendance), Log, null);
                _service.BoardAttendance(attendance, attendance.IsObject ? CaseMapper.BoardAttendance(attendance) : null);
                break;
        }
    }

    internal ReadResult<Domain.Services.ServiceData> Result()
    {
        if (SchemaRefused)
        {
            return _service.Result(IssueCodes.WrongSchema);
        }

        if (!SchemaSeen && !Unreadable)
        {
            RefuseSchema(null, $"The document has no 'schema'; a case-level document starts {{\"schema\": \"{CaseLevelJsonReader.Schema}\", so nothing was read.");
            return _service.Result(IssueCodes.WrongSchema);
        }

        if (!ServiceSeen && !Unreadable)
        {
            Log.Error(
                IssueCodes.MissingField,
                InputLocation.Json(RecordLayout.Service),
                null,
                $"The required field 'service' is missing; the service is read as '{ServiceAssembler.UnknownServiceCode}'.");
        }

        return _service.Result();
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

        foreach (var (item, itemPath) in r.Items("interventions"))
        {
            var record = Record(item, itemPath, InputItemKind.Intervention, childId);
            child.Intervention(record, record.IsObject ? CaseMapper.Intervention(record) : null);
        }

        foreach (var (item, itemPath) in r.Items("accommodation"))
        {
            var record = Record(item, itemPath, InputItemKind.Accommodation, childId);
            child.Accommodation(record, record.IsObject ? CaseMapper.Accommodation(record) : null);
        }

        foreach (var (item, itemPath) in r.Items("ete"))
        {
            var record = Record(item, itemPath, InputItemKind.Ete, childId);
            child.Ete(record, record.IsObject ? CaseMapper.Ete(record) : null);
        }

        foreach (var (item, itemPath) in r.Items("sendAln"))
        {
            var record = Record(item, itemPath, InputItemKind.SendAln, childId);
            child.SendAln(record, record.IsObject ? CaseMapper.SendAln(record) : null);
        }

        foreach (var (item, itemPath) in r.Items("mentalHealth"))
        {
            var record = Record(item, itemPath, InputItemKind.MentalHealth, childId);
            child.MentalHealth(record, record.IsObject ? CaseMapper.MentalHealth(record) : null);
        }

        foreach (var (item, itemPath) in r.Items("substanceMisuse"))
        {
            var record = Record(item, itemPath, InputItemKind.SubstanceMisuse, childId);
            child.SubstanceMisuse(record, record.IsObject ? CaseMapper.SubstanceMisuse(record) : null);
        }

        foreach (var (item, itemPath) in r.Items("careStatus"))
        {
            var record = Record(item, itemPath, InputItemKind.CareStatus, childId);
            child.CareStatus(record, record.IsObject ? CaseMapper.CareStatus(record) : null);
        }

        foreach (var (item, itemPath) in r.Items("victims"))
        {
            var record = Record(item, itemPath, InputItemKind.Victim, childId);
            child.Victim(record, record.IsObject ? CaseMapper.Victim(record) : null);
        }

        _service.Child(child);
    }

    private JsonRecord Record(JsonElement element, string path, InputItemKind kind, string? childId)
        => new(element, path, RecordLayout.FieldNames(kind), Log, childId);
}
