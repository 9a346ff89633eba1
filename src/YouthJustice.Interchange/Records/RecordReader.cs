using NodaTime;
using NodaTime.Text;
using OneOf;
using YouthJustice.Domain;
using YouthJustice.Domain.Time;

namespace YouthJustice.Interchange.Records;

/// <summary>
/// Reads the fields of one record (a JSON object or a CSV row) and reports every problem with its location, the
/// value and the reason. The same checks and messages apply to both formats; only the field names (camelCase in
/// JSON, snake_case in CSV) and the typing of values (JSON has types, CSV cells are all text) differ.
/// </summary>
/// <remarks>
/// Each reading method returns the value, or <see langword="null"/> when it is absent or invalid; an invalid or
/// missing required value is reported as an error and sets <see cref="HasErrors"/>. Callers build the domain value
/// only when the record has no errors.
/// </remarks>
internal abstract class RecordReader
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    protected RecordReader(IssueLog log, string? childId)
    {
        Log = log;
        ChildId = childId;
    }

    /// <summary>A record that starts with the errors another reading of it already found (a CSV row kept after it was read).</summary>
    protected RecordReader(IssueLog log, string? childId, string? firstErrorCode)
        : this(log, childId)
    {
        FirstErrorCode = firstErrorCode;
    }

    /// <summary>The id of the child the record belongs to, when known (attached to every issue).</summary>
    internal string? ChildId { get; set; }

    /// <summary>The code of the first error reported for this record, or <see langword="null"/>.</summary>
    internal string? FirstErrorCode { get; private set; }

    internal bool HasErrors => FirstErrorCode is not null;

    protected IssueLog Log { get; }

    /// <summary>Whether values carry a type (JSON) rather than all being text (CSV).</summary>
    protected abstract bool IsTyped { get; }

    /// <summary>The location of the record (<paramref name="field"/> null) or of one of its fields.</summary>
    internal abstract InputLocation Location(string? field);

    /// <summary>The field's name as the input spells it (<c>hoursOffered</c> in JSON, <c>hours_offered</c> in CSV).</summary>
    internal abstract string Name(string field);

    /// <summary>Whether the input has the field at all (a CSV table without an optional column does not).</summary>
    internal abstract bool Has(string field);

    protected abstract RawValue Raw(string field);

    /// <summary>
    /// The fast path of the untyped formats: the field's text as a span, without making a string, when the record has a
    /// non-empty value for it; <see langword="false"/> otherwise (and always for typed formats), in which case the
    /// readers take the general path through <see cref="Raw"/>. A value the fast path accepts is read exactly as the
    /// general path would read it; anything else (an error, an unusual spelling) goes the general path, so that the
    /// checks and messages are the same.
    /// </summary>
    protected virtual bool TryText(string field, out ReadOnlySpan<char> text)
    {
        text = default;
        return false;
    }

    /// <summary>Starts the record afresh (a reused CSV row): no errors yet, and the child it belongs to.</summary>
    protected void Reset(string? childId)
    {
        FirstErrorCode = null;
        ChildId = childId;
    }

    internal void Error(string code, string? field, string? value, string reason)
    {
        FirstErrorCode ??= code;
        Log.Error(code, Location(field), value, reason, ChildId);
    }

    internal void Warning(string code, string? field, string? value, string reason)
        => Log.Warning(code, Location(field), value, reason, ChildId);

    internal string? Text(string field, bool required)
    {
        if (!Present(field, required, out var raw))
        {
            return null;
        }

        if (raw.Kind != RawKind.Text)
        {
            WrongType(field, raw, "text");
            return null;
        }

        return raw.Text;
    }

    /// <summary>An ISO date; <c>null</c> and <c>1900-01-01</c> mean no date, which is an error only when <paramref name="required"/>.</summary>
    internal LocalDate? Date(string field, bool required)
    {
        if (TryText(field, out var span) && IsoDates.TryParse(span, out var fast) && !NoDate.IsSentinel(fast))
        {
            return fast;
        }

        if (!Present(field, required, out var raw))
        {
            return null;
        }

        if (raw.Kind != RawKind.Text)
        {
            WrongType(field, raw, "a date written as text, yyyy-MM-dd");
            return null;
        }

        var parsed = IsoDate.Parse(raw.Text!);
        if (!parsed.Success || raw.Text!.Length != 10)
        {
            Error(IssueCodes.BadDate, field, raw.Text, $"'{raw.Text}' is not a valid date for '{Name(field)}': dates are written yyyy-MM-dd, for example 2024-03-31.");
            return null;
        }

        if (NoDate.IsSentinel(parsed.Value))
        {
            if (required)
            {
                Error(IssueCodes.MissingField, field, raw.Text, $"The required field '{Name(field)}' has no date: 1900-01-01 means 'no date'.");
            }

            return null;
        }

        return parsed.Value;
    }

    internal bool? Bool(string field, bool required)
    {
        if (TryText(field, out var span))
        {
            if (span.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (span.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (!Present(field, required, out var raw))
        {
            return null;
        }

        if (raw.Kind == RawKind.Boolean || (!IsTyped && raw.Kind == RawKind.Text))
        {
            if (string.Equals(raw.Text, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(raw.Text, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            Error(IssueCodes.BadText, field, raw.Text, $"'{raw.Text}' is not true or false for '{Name(field)}'.");
            return null;
        }

        WrongType(field, raw, "true or false");
        return null;
    }

    internal long? Integer(string field, bool required)
    {
        if (TryText(field, out var span) && long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fast))
        {
            return fast;
        }

        if (!PresentNumber(field, required, "a whole number", out var raw))
        {
            return null;
        }

        if (long.TryParse(raw.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (decimal.TryParse(raw.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue)
        {
            return (long)number;
        }

        Error(IssueCodes.BadText, field, raw.Text, $"'{raw.Text}' is not a whole number for '{Name(field)}'.");
        return null;
    }

    internal int? Integer(string field, bool required, int min, int max)
    {
        var value = Integer(field, required);
        if (value is null)
        {
            return null;
        }

        if (value < min || value > max)
        {
            Error(
                IssueCodes.OutOfRange,
                field,
                Raw(field).Text,
                string.Create(CultureInfo.InvariantCulture, $"'{Name(field)}' must be between {min} and {max}; was {value}."));
            return null;
        }

        return (int)value;
    }

    /// <summary>A number of hours (or similar): not negative.</summary>
    internal decimal? NonNegative(string field, bool required)
    {
        if (TryText(field, out var span) && decimal.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var fast) && fast >= 0)
        {
            return fast;
        }

        if (!PresentNumber(field, required, "a number", out var raw))
        {
            return null;
        }

        if (!decimal.TryParse(raw.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            Error(IssueCodes.BadText, field, raw.Text, $"'{raw.Text}' is not a number for '{Name(field)}'.");
            return null;
        }

        if (number < 0)
        {
            Error(IssueCodes.OutOfRange, field, raw.Text, $"'{Name(field)}' cannot be negative; was {raw.Text}.");
            return null;
        }

        return number;
    }

    /// <summary>A value of a closed set, by its interchange name or YJB code.</summary>
    internal virtual T? Enum<T>(string field, bool required, Func<string?, OneOf<T, UnknownValueError>> parse)
        where T : class
    {
        if (!Present(field, required, out var raw))
        {
            return null;
        }

        if (raw.Kind is not (RawKind.Text or RawKind.Number))
        {
            WrongType(field, raw, "text");
            return null;
        }

        var parsed = parse(raw.Text);
        if (parsed.TryPickT1(out var unknown, out var value))
        {
            UnknownValue(field, raw.Text, unknown.AllowedValues);
            return null;
        }

        return value;
    }

    internal void UnknownValue(string field, string? text, IReadOnlyList<string> allowed)
        => Error(IssueCodes.UnknownValue, field, text, $"'{text}' is not a valid '{Name(field)}'; expected one of: {string.Join(", ", allowed)}.");

    /// <summary>A required identifier.</summary>
    internal T? Id<T>(string field, Func<string?, OneOf<T, InvalidIdentifierError>> parse)
        where T : struct
    {
        var text = Text(field, required: true);
        return text is null ? null : IdFromText(field, text, parse);
    }

    internal T? IdFromText<T>(string field, string text, Func<string?, OneOf<T, InvalidIdentifierError>> parse)
        where T : struct
    {
        var parsed = parse(text);
        if (parsed.TryPickT1(out var error, out var id))
        {
            Error(IssueCodes.BadIdentifier, field, text, $"'{text}' is not a valid '{Name(field)}': {error.Reason} ({InvalidIdentifierError.Rule}).");
            return null;
        }

        return id;
    }

    /// <summary>A list of texts: a JSON array of strings, or a CSV cell with the items separated by <c>;</c>.</summary>
    internal abstract IReadOnlyList<string>? TextList(string field);

    /// <summary>
    /// The field's value as found, when it is there; when it is absent or <c>null</c>, false (an error only when
    /// <paramref name="required"/>).
    /// </summary>
    private bool Present(string field, bool required, out RawValue raw)
    {
        raw = Raw(field);
        if (raw.IsAbsent)
        {
            Missing(field, required);
            return false;
        }

        return true;
    }

    /// <summary>
    /// As <see cref="Present"/>, and the value is a number (or, in an untyped input such as CSV, text); otherwise an
    /// error that the field must be <paramref name="expected"/>.
    /// </summary>
    private bool PresentNumber(string field, bool required, string expected, out RawValue raw)
    {
        if (!Present(field, required, out raw))
        {
            return false;
        }

        if (!IsNumberLike(raw))
        {
            WrongType(field, raw, expected);
            return false;
        }

        return true;
    }

    protected string? Missing(string field, bool required)
    {
        if (required)
        {
            Error(IssueCodes.MissingField, field, null, $"The required field '{Name(field)}' is missing.");
        }

        return null;
    }

    protected void WrongType(string field, RawValue raw, string expected)
        => Error(IssueCodes.WrongType, field, raw.Text, $"'{Name(field)}' must be {expected}; found {Describe(raw)}.");

    protected static string Describe(RawValue raw) => raw.Kind switch
    {
        RawKind.Text => $"text \"{raw.Text}\"",
        RawKind.Number => $"the number {raw.Text}",
        RawKind.Boolean => raw.Text ?? "a boolean",
        RawKind.Object => "an object",
        RawKind.Array => "a list",
        _ => "nothing",
    };

    private bool IsNumberLike(RawValue raw) => raw.Kind == RawKind.Number || (!IsTyped && raw.Kind == RawKind.Text);
}
