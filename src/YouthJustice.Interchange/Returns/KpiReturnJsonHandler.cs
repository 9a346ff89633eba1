using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using YouthJustice.Domain;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Json;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Interchange.Returns;

/// <summary>Turns the scanner's events for a <c>youthjustice-kpi-return/1</c> document into a <see cref="KpiReturnDocument"/>.</summary>
internal sealed class KpiReturnJsonHandler : IJsonScanHandler
{
    private static readonly FrozenSet<string> DocumentFields =
        new[] { "schema", "service", "quarter", "definitions", KpiReturnJsonWriter.ProfileField, "measures", "cohort", "children", KpiReturnJsonWriter.InputLossesField }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MeasureFields =
        new[] { "id", "title", "numerator", "denominator", "value", "unit", "byTypeOfOrder", "provisional" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] RequiredFields = ["service", "quarter", "definitions", "measures", "cohort"];

    private static readonly FrozenSet<string> FractionFields = new[] { "numerator", "denominator" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CohortFields = new[] { "children", "excluded" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ExclusionFields =
        new[] { "childId", "reason", "interventionId", "detail" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ChildFields = new[] { "childId", "typeOfOrder", "measures" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly IssueLog _log = new();
    private readonly ReadTally _tally = new();
    private readonly HashSet<string> _properties = [];
    private readonly List<ReturnedMeasure> _measures = [];
    private readonly List<ReturnedExclusion> _excluded = [];
    private List<ReturnedChild>? _children;
    private bool _schemaRefused;
    private bool _unreadable;
    private string? _service;
    private ReportingQuarter? _quarter;
    private DefinitionSet? _definitions;
    private string? _profile;
    private int? _cohortChildren;

    public PropertyAction OnProperty(string name)
    {
        if (_schemaRefused)
        {
            return PropertyAction.Stop;
        }

        if (!_properties.Add(name))
        {
            _log.Error(IssueCodes.DuplicateField, InputLocation.Json(name), null, $"The field '{name}' appears more than once; only the first is read.");
            return PropertyAction.Skip;
        }

        if (!DocumentFields.Contains(name))
        {
            _log.Warning(IssueCodes.UnknownField, InputLocation.Json(name), null, $"'{name}' is not a field of a KPI return; it was ignored.");
            return PropertyAction.Skip;
        }

        if (name == "children")
        {
            _children = [];
        }

        if (name == KpiReturnJsonWriter.InputLossesField)
        {
            // What the input of a computed return lost (decision IX-R2): a report for people, not part of the figures.
            return PropertyAction.Skip;
        }

        return name is "measures" or "children" ? PropertyAction.Stream : PropertyAction.Read;
    }

    public void OnValue(string name, JsonElement value)
    {
        switch (name)
        {
            case "schema":
                if (value.ValueKind != JsonValueKind.String || value.GetString() != KpiReturnJsonWriter.Schema)
                {
                    _schemaRefused = true;
                    var given = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                    _log.Error(
                        IssueCodes.WrongSchema,
                        InputLocation.Json(name),
                        given,
                        $"The document's schema is '{given}'; this reader reads '{KpiReturnJsonWriter.Schema}' only, so nothing was read.");
                }

                break;
            case "service":
                _service = Text(name, value);
                if (_service is { } code && string.IsNullOrWhiteSpace(code))
                {
                    _log.Error(IssueCodes.MissingField, InputLocation.Json(name), code, "The required field 'service' is blank.");
                    _service = null;
                }

                break;
            case "quarter":
                if (Text(name, value) is { } quarterText)
                {
                    var parsed = ReportingQuarter.Parse(quarterText);
                    if (parsed.TryPickT1(out var error, out var quarter))
                    {
                        _log.Error(IssueCodes.BadText, InputLocation.Json(name), quarterText, error.Message);
                    }
                    else
                    {
                        _quarter = quarter;
                    }
                }

                break;
            case "definitions":
                if (Text(name, value) is { } setText)
                {
                    var parsed = DefinitionSet.Parse(setText);
                    if (parsed.TryPickT1(out var unknown, out var set))
                    {
                        Unknown(InputLocation.Json(name), "definitions", setText, unknown.AllowedValues);
                    }
                    else
                    {
                        _definitions = set;
                    }
                }

                break;
            case KpiReturnJsonWriter.ProfileField:
                // The profile a computed return followed (optional addition): kept as written, for people and yj validate.
                _profile = Text(name, value);
                break;
            default:
                Cohort(value);
                break;
        }
    }

    public void OnElement(string name, int index, JsonElement element)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");
        if (name == "measures")
        {
            Measure(element, path);
        }
        else
        {
            Child(element, path);
        }
    }

    public void OnElementTooLarge(string name, int index, long limit)
    {
        var where = index < 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");
        _log.Error(IssueCodes.ItemTooLarge, InputLocation.Json(where), null, string.Create(CultureInfo.InvariantCulture, $"'{where}' is larger than the limit of {limit} bytes for one item; it was skipped."));
        if (index >= 0)
        {
            Reject(Kind(name), IssueCodes.ItemTooLarge);
        }
    }

    public void OnElementNotUtf8(string name, int index)
    {
        var where = index < 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");
        _log.Error(IssueCodes.NotJson, InputLocation.Json(where), null, $"'{where}' holds bytes that are not UTF-8 text; it was skipped.");
        if (index >= 0)
        {
            Reject(Kind(name), IssueCodes.NotJson);
        }
        else if (name == "schema")
        {
            _schemaRefused = true;
        }
    }

    public void OnNotArray(string name, JsonTokenType token)
        => _log.Error(IssueCodes.WrongType, InputLocation.Json(name), null, $"'{name}' must be a list; found {Describe(token)}.");

    public void OnRootNotObject(JsonTokenType token)
    {
        _unreadable = true;
        _log.Error(IssueCodes.WrongType, InputLocation.Document, null, $"A KPI return is a JSON object that starts {{\"schema\": \"{KpiReturnJsonWriter.Schema}\"; found {Describe(token)}.");
    }

    public void OnEmpty()
    {
        _unreadable = true;
        _log.Error(IssueCodes.EmptyDocument, InputLocation.Document, null, "The document is empty.");
    }

    public void OnSyntaxError(string? arrayName, int? index, long? line, long? bytePositionInLine, string reason)
    {
        var path = arrayName is null ? string.Empty : index is { } i ? string.Create(CultureInfo.InvariantCulture, $"{arrayName}[{i}]") : arrayName;
        if (arrayName is not null && index is not null)
        {
            Reject(Kind(arrayName), IssueCodes.NotJson);
        }

        _unreadable = _properties.Count == 0;
        _log.Error(
            IssueCodes.NotJson,
            InputLocation.JsonPosition(path, line, bytePositionInLine),
            null,
            _unreadable ? $"The input is not JSON: {reason}" : $"The document stops being valid JSON here: {reason} Nothing after this point was read.");
    }

    public void OnReadFailed(string reason)
        => _log.Error(IssueCodes.ReadFailed, InputLocation.Document, null, $"The document could not be read: {reason}");

    internal ReadResult<KpiReturnDocument?> Result()
    {
        if (!_schemaRefused && !_unreadable && !_properties.Contains("schema"))
        {
            _schemaRefused = true;
            _log.Error(
                IssueCodes.WrongSchema,
                InputLocation.Json("schema"),
                null,
                $"The document has no 'schema'; a KPI return starts {{\"schema\": \"{KpiReturnJsonWriter.Schema}\", so nothing was read.");
        }

        if (_schemaRefused)
        {
            _tally.RejectAllAccepted(IssueCodes.WrongSchema);
            return new ReadResult<KpiReturnDocument?>(null, _log.Issues, _tally.ToSummary(_log.Issues));
        }

        if (!_unreadable)
        {
            foreach (var required in RequiredFields.Where(f => !_properties.Contains(f)))
            {
                _log.Error(IssueCodes.MissingField, InputLocation.Json(required), null, $"The required field '{required}' is missing.");
            }
        }

        var document = _service is { } service && _quarter is { } quarter && _definitions is { } definitions && _cohortChildren is { } cohortChildren
            ? new KpiReturnDocument(service, quarter, definitions, _measures, cohortChildren, _excluded, _children) { Profile = _profile }
            : null;
        if (document is null)
        {
            _tally.RejectAllAccepted(IssueCodes.MissingField);
        }

        return new ReadResult<KpiReturnDocument?>(document, _log.Issues, _tally.ToSummary(_log.Issues));
    }

    private void Measure(JsonElement element, string path)
    {
        var r = new JsonRecord(element, path, MeasureFields, _log, null);
        var id = r.Text("id", required: true);
        var title = r.Text("title", required: false) ?? string.Empty;
        var numerator = Count(r, "numerator", required: false);
        var denominator = Count(r, "denominator", required: false);
        var value = r.Has("value") ? Decimal(r, "value") : null;
        var unit = r.Enum("unit", false, text => ByName(MeasureUnit.List, text, "unit"));
        var provisional = r.Bool("provisional", required: false) ?? false;
        var split = new Dictionary<TypeOfOrder, Fraction>();
        if (r.IsObject)
        {
            foreach (var (name, fractionElement, fractionPath) in r.Properties("byTypeOfOrder"))
            {
                var type = TypeOfOrder.List.FirstOrDefault(t => t.Name == name);
                if (type is null)
                {
                    r.UnknownValue("byTypeOfOrder", name, TypeOfOrder.List.OrderBy(t => t.Value).Select(t => t.Name).ToArray());
                    continue;
                }

                var part = new JsonRecord(fractionElement, fractionPath, FractionFields, _log, null);
                if (part.IsObject && Count(part, "numerator", required: true) is { } n && Count(part, "denominator", required: true) is { } d)
                {
                    split[type] = new Fraction(n, d);
                }
                else
                {
                    r.Error(IssueCodes.InvalidValue, "byTypeOfOrder", name, $"The split for '{name}' needs a numerator and a denominator of 0 or more.");
                }
            }
        }

        if (!r.IsObject || r.HasErrors)
        {
            Reject(InputItemKind.Measure, r.FirstErrorCode ?? IssueCodes.InvalidValue);
            return;
        }

        if (numerator is { } num && denominator is { } den && unit is not null && r.Has("value"))
        {
            var expected = new Fraction(num, den).ValueIn(unit);
            if (value != expected)
            {
                r.Warning(
                    IssueCodes.ValueMismatch,
                    "value",
                    value?.ToString(CultureInfo.InvariantCulture),
                    $"The value {Show(value)} does not match {num}/{den} in {unit.Name}, which is {Show(expected)}.");
            }
        }

        _measures.Add(new ReturnedMeasure(id!, title, numerator, denominator, value, unit, split, provisional));
        Accept(InputItemKind.Measure);
    }

    private void Cohort(JsonElement value)
    {
        var r = new JsonRecord(value, "cohort", CohortFields, _log, null);
        if (!r.IsObject)
        {
            return;
        }

        _cohortChildren = r.Integer("children", required: true, 0, int.MaxValue);
        foreach (var (item, path) in r.Items("excluded"))
        {
            var e = new JsonRecord(item, path, ExclusionFields, _log, null);
            var childId = e.Text("childId", required: true);
            e.ChildId = childId;
            var reason = e.Enum("reason", true, text => ByName(ExclusionReason.List, text, "reason"));
            var interventionId = e.Text("interventionId", required: false);
            var detail = e.Text("detail", required: false);
            if (!e.IsObject || e.HasErrors)
            {
                Reject(InputItemKind.Exclusion, e.FirstErrorCode ?? IssueCodes.InvalidValue);
                continue;
            }

            _excluded.Add(new ReturnedExclusion(childId!, reason!, interventionId, detail));
            Accept(InputItemKind.Exclusion);
        }
    }

    private void Child(JsonElement element, string path)
    {
        var r = new JsonRecord(element, path, ChildFields, _log, null);
        var childId = r.Text("childId", required: true);
        r.ChildId = childId;
        var type = r.Enum("typeOfOrder", true, TypeOfOrder.Parse);
        var measures = new Dictionary<string, ChildMeasureStatus>(StringComparer.Ordinal);
        if (r.IsObject)
        {
            foreach (var (id, status, _) in r.Properties("measures"))
            {
                var text = status.ValueKind == JsonValueKind.String ? status.GetString() : status.GetRawText();
                if (status.ValueKind == JsonValueKind.String && Enum.TryParse<ChildMeasureStatus>(text, ignoreCase: false, out var parsed)
                    && Enum.IsDefined(parsed) && !char.IsDigit(text![0]))
                {
                    measures[id] = parsed;
                }
                else
                {
                    r.Error(
                        IssueCodes.UnknownValue,
                        "measures",
                        text,
                        $"'{text}' is not a valid status for '{id}'; expected one of: {string.Join(", ", Enum.GetNames<ChildMeasureStatus>())}.");
                }
            }
        }

        if (!r.IsObject || r.HasErrors)
        {
            Reject(InputItemKind.ChildOutcome, r.FirstErrorCode ?? IssueCodes.InvalidValue);
            return;
        }

        _children!.Add(new ReturnedChild(childId!, type!, measures));
        Accept(InputItemKind.ChildOutcome);
    }

    private string? Text(string name, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        _log.Error(IssueCodes.WrongType, InputLocation.Json(name), value.GetRawText(), $"'{name}' must be text.");
        return null;
    }

    private static long? Count(JsonRecord r, string field, bool required)
    {
        var count = r.Integer(field, required);
        if (count < 0)
        {
            r.Error(IssueCodes.OutOfRange, field, count.Value.ToString(CultureInfo.InvariantCulture), $"'{field}' cannot be negative; was {count}.");
            return null;
        }

        return count;
    }

    private static decimal? Decimal(JsonRecord r, string field) => r.NonNegative(field, required: false);

    private static OneOf.OneOf<T, UnknownValueError> ByName<T>(IEnumerable<T> values, string? text, string field)
        where T : Ardalis.SmartEnum.SmartEnum<T>
    {
        var ordered = values.OrderBy(v => v.Value).ToList();
        var found = ordered.FirstOrDefault(v => string.Equals(v.Name, text, StringComparison.Ordinal));
        return found is not null ? found : new UnknownValueError(field, text, ordered.Select(v => v.Name));
    }

    private void Unknown(InputLocation location, string field, string text, IReadOnlyList<string> allowed)
        => _log.Error(IssueCodes.UnknownValue, location, text, $"'{text}' is not a valid '{field}'; expected one of: {string.Join(", ", allowed)}.");

    private void Accept(InputItemKind kind)
    {
        _tally.See(kind);
        _tally.Accept(kind);
    }

    private void Reject(InputItemKind kind, string code)
    {
        _tally.See(kind);
        _tally.Reject(kind, code);
    }

    private static string Show(decimal? value) => value is { } v ? (v + 0.0m).ToString(CultureInfo.InvariantCulture) : "null";

    private static InputItemKind Kind(string arrayName) => arrayName == "measures" ? InputItemKind.Measure : InputItemKind.ChildOutcome;

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
