using System.Collections.Frozen;
using YouthJustice.Domain;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Json;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Interchange.Returns;

/// <summary>Turns the scanner's events for a <c>youthjustice-kpi-return/1</c> document into a <see cref="KpiReturnDocument"/>.</summary>
internal sealed class KpiReturnJsonHandler() : TopLevelJsonHandler(
    Measures,
    "a KPI return",
    KpiReturnJsonWriter.Schema,
    $"'{KpiReturnJsonWriter.Schema}'",
    $"A KPI return is a JSON object that starts {{\"schema\": \"{KpiReturnJsonWriter.Schema}\"")
{
    private const string Measures = "measures";

    private const string Children = "children";

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
    private readonly List<ReturnedMeasure> _measures = [];
    private readonly List<ReturnedExclusion> _excluded = [];
    private List<ReturnedChild>? _children;
    private string? _service;
    private ReportingQuarter? _quarter;
    private DefinitionSet? _definitions;
    private string? _profile;
    private int? _cohortChildren;

    /// <inheritdoc />
    protected override IssueLog Log => _log;

    /// <inheritdoc />
    public override void OnElement(string name, int index, JsonElement element)
    {
        var path = Path(name, index);
        if (name == Measures)
        {
            Measure(element, path);
        }
        else
        {
            Child(element, path);
        }
    }

    /// <summary>
    /// The fields of a KPI return: the header fields and <c>cohort</c> are read whole, <c>measures</c> and the
    /// optional <c>children</c> streamed; <c>inputLosses</c> is known but skipped.
    /// </summary>
    /// <param name="name">The field.</param>
    /// <returns>What to do with it, or <see langword="null"/> when it is not a field of a KPI return.</returns>
    protected override PropertyAction? Route(string name)
    {
        switch (name)
        {
            case RecordLayout.Schema or RecordLayout.Service or "quarter" or "definitions" or KpiReturnJsonWriter.ProfileField or "cohort":
                return PropertyAction.Read;
            case Measures:
                return PropertyAction.Stream;
            case Children:
                _children = [];
                return PropertyAction.Stream;
            case KpiReturnJsonWriter.InputLossesField:
                // What the input of a computed return lost (decision IX-R2): a report for people, not part of the figures.
                return PropertyAction.Skip;
            default:
                return null;
        }
    }

    /// <summary>A header field (<c>service</c>, <c>quarter</c>, <c>definitions</c>) or the <c>cohort</c>.</summary>
    /// <param name="name">The field.</param>
    /// <param name="value">Its value.</param>
    protected override void OnField(string name, JsonElement value)
    {
        switch (name)
        {
            case RecordLayout.Service:
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

    /// <inheritdoc />
    protected override void Reject(string arrayName, string code)
        => Reject(arrayName == Measures ? InputItemKind.Measure : InputItemKind.ChildOutcome, code);

    internal ReadResult<KpiReturnDocument?> Result()
    {
        if (!SchemaRefused && !Unreadable && !HasProperty(RecordLayout.Schema))
        {
            RefuseSchema(null, $"The document has no 'schema'; a KPI return starts {{\"schema\": \"{KpiReturnJsonWriter.Schema}\", so nothing was read.");
        }

        if (SchemaRefused)
        {
            _tally.RejectAllAccepted(IssueCodes.WrongSchema);
            return new ReadResult<KpiReturnDocument?>(null, _log.Issues, _tally.ToSummary(_log.Issues));
        }

        if (!Unreadable)
        {
            foreach (var required in RequiredFields.Where(f => !HasProperty(f)))
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

}
