using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Json;
using YouthJustice.Interchange.Records;

namespace YouthJustice.Interchange.Yjaf;

/// <summary>Turns the scanner's events for a YJAF-shaped JSON document into a service's data, one child document at a time.</summary>
internal sealed class YjafJsonHandler : IJsonScanHandler
{
    private readonly YjafServiceBuilder _builder = new();
    private readonly HashSet<string> _properties = [];
    private bool _schemaRefused;

    private IssueLog Log => _builder.Log;

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
            case YjafLayout.Documents:
            case RecordLayout.Populations:
            case RecordLayout.BoardAttendance:
                return PropertyAction.Stream;
            default:
                Log.Warning(IssueCodes.UnknownField, InputLocation.Json(name), null, $"'{name}' is not a field of a YJAF document; it was ignored.");
                return PropertyAction.Skip;
        }
    }

    public void OnValue(string name, JsonElement value)
    {
        if (name == RecordLayout.Schema)
        {
            if (value.ValueKind != JsonValueKind.String || value.GetString() != YjafReader.Schema)
            {
                _schemaRefused = true;
                var given = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                Log.Error(
                    IssueCodes.WrongSchema,
                    InputLocation.Json(RecordLayout.Schema),
                    given,
                    $"The document's schema is '{given}'; this reader reads '{YjafReader.Schema}' (or no schema) only, so nothing was read.");
            }

            return;
        }

        _builder.Service(value, RecordLayout.Service);
    }

    public void OnElement(string name, int index, JsonElement element)
    {
        var path = Path(name, index);
        switch (name)
        {
            case YjafLayout.Documents:
                _builder.Document(element, path);
                break;
            case RecordLayout.Populations:
                _builder.Population(element, path);
                break;
            default:
                _builder.BoardAttendance(element, path);
                break;
        }
    }

    public void OnElementTooLarge(string name, int index, long limit)
    {
        var where = index < 0 ? name : Path(name, index);
        Log.Error(IssueCodes.ItemTooLarge, InputLocation.Json(where), null, string.Create(CultureInfo.InvariantCulture, $"'{where}' is larger than the limit of {limit} bytes for one item; it was skipped."));
        Count(name, index, IssueCodes.ItemTooLarge);
    }

    public void OnElementNotUtf8(string name, int index)
    {
        var where = index < 0 ? name : Path(name, index);
        Log.Error(IssueCodes.NotJson, InputLocation.Json(where), null, $"'{where}' holds bytes that are not UTF-8 text; it was skipped.");
        Count(name, index, IssueCodes.NotJson);
        if (name == RecordLayout.Schema)
        {
            _schemaRefused = true;
        }
    }

    public void OnNotArray(string name, JsonTokenType token)
        => Log.Error(IssueCodes.WrongType, InputLocation.Json(name), null, $"'{name}' must be a list; found {token}.");

    public void OnRootNotObject(JsonTokenType token)
    {
        Log.Error(IssueCodes.WrongType, InputLocation.Document, null, $"A YJAF document is a JSON object with a list of child documents, \"documents\"; found {token}.");
    }

    public void OnEmpty()
    {
        Log.Error(IssueCodes.EmptyDocument, InputLocation.Document, null, "The document is empty.");
    }

    public void OnSyntaxError(string? arrayName, int? index, long? line, long? bytePositionInLine, string reason)
    {
        var path = arrayName is null ? string.Empty : index is { } i ? Path(arrayName, i) : arrayName;
        if (arrayName is not null && index is { } at)
        {
            Count(arrayName, at, IssueCodes.NotJson);
        }

        Log.Error(
            IssueCodes.NotJson,
            InputLocation.JsonPosition(path, line, bytePositionInLine),
            null,
            _properties.Count == 0 ? $"The input is not JSON: {reason}" : $"The document stops being valid JSON here: {reason} Nothing after this point was read.");
    }

    public void OnReadFailed(string reason)
        => Log.Error(IssueCodes.ReadFailed, InputLocation.Document, null, $"The document could not be read: {reason}");

    internal ReadResult<ServiceData> Result()
        => _schemaRefused ? _builder.Result(IssueCodes.WrongSchema) : _builder.Result();

    private void Count(string name, int index, string code)
    {
        if (index < 0)
        {
            return;
        }

        if (name == YjafLayout.Documents)
        {
            _builder.Unreadable(code);
            return;
        }

        var kind = name == RecordLayout.Populations ? InputItemKind.Population : InputItemKind.BoardAttendance;
        _builder.Tally.See(kind);
        _builder.Tally.Reject(kind, code);
    }

    private static string Path(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");
}
