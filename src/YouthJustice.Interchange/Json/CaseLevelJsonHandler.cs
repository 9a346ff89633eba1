using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using YouthJustice.Domain.Offences;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Records;

namespace YouthJustice.Interchange.Json;

/// <summary>Turns the scanner's events for a <c>youthjustice-caselevel/1</c> document into a service's data.</summary>
internal sealed class CaseLevelJsonHandler : IJsonScanHandler
{
    private readonly ServiceAssembler _service = new();
    private readonly HashSet<string> _properties = [];
    private bool _schemaSeen;
    private bool _schemaRefused;
    private bool _serviceSeen;
    private bool _unreadable;

    private IssueLog Log => _service.Log;

    public PropertyAction OnProperty(string name)
    {
        if (_schemaRefused)
        {
            return PropertyAction.Stop;
        }

        if (!_properties.Add(name))
        {
            Log.Error(IssueCodes.DuplicateField, InputLocation.Json(name), null, $"The field '{name}' appears more than once; only the first is read.");
            return PropertyAction.Skip;
        }

        switch (name)
        {
            case RecordLayout.Schema:
            case RecordLayout.Service:
                return PropertyAction.Read;
            case RecordLayout.Children:
            case RecordLayout.Populations:
            case RecordLayout.BoardAttendance:
                return PropertyAction.Stream;
            default:
                Log.Warning(IssueCodes.UnknownField, InputLocation.Json(name), null, $"'{name}' is not a field of a case-level document; it was ignored.");
                return PropertyAction.Skip;
        }
    }

    public void OnValue(string name, JsonElement value)
    {
        if (name == RecordLayout.Schema)
        {
            _schemaSeen = true;
            if (value.ValueKind != JsonValueKind.String || value.GetString() != CaseLevelJsonReader.Schema)
            {
                _schemaRefused = true;
                var given = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                Log.Error(
                    IssueCodes.WrongSchema,
                    InputLocation.Json(RecordLayout.Schema),
                    given,
                    $"The document's schema is '{given}'; this reader reads '{CaseLevelJsonReader.Schema}' only, so nothing was read.");
            }

            return;
        }

        _serviceSeen = true;
        var record = new JsonRecord(value, RecordLayout.Service, RecordLayout.ServiceNames, Log, null);
        if (record.IsObject)
        {
            var (code, serviceName) = CaseMapper.Service(record);
            _service.Service(code, serviceName);
        }
    }

    public void OnElement(string name, int index, JsonElement element)
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

    public void OnElementTooLarge(string name, int index, long limit)
    {
        var where = index < 0 ? name : Path(name, index);
        Log.Error(IssueCodes.ItemTooLarge, InputLocation.Json(where), null, string.Create(CultureInfo.InvariantCulture, $"'{where}' is larger than the limit of {limit} bytes for one item; it was skipped."));
        if (index >= 0)
        {
            _service.Tally.See(Kind(name));
            _service.Tally.Reject(Kind(name), IssueCodes.ItemTooLarge);
        }
    }

    public void OnNotArray(string name, JsonTokenType token)
        => Log.Error(IssueCodes.WrongType, InputLocation.Json(name), null, $"'{name}' must be a list; found {Describe(token)}.");

    public void OnRootNotObject(JsonTokenType token)
    {
        _unreadable = true;
        Log.Error(
            IssueCodes.WrongType,
            InputLocation.Document,
            null,
            $"A case-level document is a JSON object that starts {{\"schema\": \"{CaseLevelJsonReader.Schema}\"; found {Describe(token)}.");
    }

    public void OnEmpty()
    {
        _unreadable = true;
        Log.Error(IssueCodes.EmptyDocument, InputLocation.Document, null, "The document is empty.");
    }

    public void OnSyntaxError(string? arrayName, int? index, long? line, long? bytePositionInLine, string reason)
    {
        var path = arrayName is null ? string.Empty : index is { } i ? Path(arrayName, i) : arrayName;
        if (arrayName is not null && index is not null)
        {
            _service.Tally.See(Kind(arrayName));
            _service.Tally.Reject(Kind(arrayName), IssueCodes.NotJson);
        }

        if (_properties.Count == 0)
        {
            _unreadable = true;
            Log.Error(IssueCodes.NotJson, InputLocation.JsonPosition(path, line, bytePositionInLine), null, $"The input is not JSON: {reason}");
            return;
        }

        Log.Error(
            IssueCodes.NotJson,
            InputLocation.JsonPosition(path, line, bytePositionInLine),
            null,
            $"The document stops being valid JSON here: {reason} Nothing after this point was read.");
    }

    public void OnReadFailed(string reason)
        => Log.Error(IssueCodes.ReadFailed, InputLocation.Document, null, $"The document could not be read: {reason}");

    internal ReadResult<Domain.Services.ServiceData> Result()
    {
        if (_schemaRefused)
        {
            return _service.Result(IssueCodes.WrongSchema);
        }

        if (!_schemaSeen && !_unreadable)
        {
            Log.Error(
                IssueCodes.WrongSchema,
                InputLocation.Json(RecordLayout.Schema),
                null,
                $"The document has no 'schema'; a case-level document starts {{\"schema\": \"{CaseLevelJsonReader.Schema}\", so nothing was read.");
            return _service.Result(IssueCodes.WrongSchema);
        }

        if (!_serviceSeen && !_unreadable)
        {
            Log.Error(
                IssueCodes.MissingField,
                InputLocation.Json(RecordLayout.Service),
                null,
                $"The required field 'service' is missing; the service is read as '{ServiceAssembler.UnknownServiceCode}'.");
        }

        return _service.Result();
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

    private static string Path(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");

    private static InputItemKind Kind(string arrayName) => arrayName switch
    {
        RecordLayout.Children => InputItemKind.Child,
        RecordLayout.Populations => InputItemKind.Population,
        _ => InputItemKind.BoardAttendance,
    };

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.String => "text",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => "something else",
    };
}
