namespace YouthJustice.Interchange.Diagnostics;

/// <summary>
/// The stable codes of every <see cref="InputIssue"/> the readers report. A code never changes meaning and is never
/// reused; docs/interchange.md lists each with the exact message a user gets. Data-quality codes (<c>DQ-</c>) are
/// described by <c>DataQualityRule</c>.
/// </summary>
public static class IssueCodes
{
    /// <summary>The input is not JSON (or stops being JSON part-way): reading stops at that point.</summary>
    public const string NotJson = "IX-JSON-001";

    /// <summary>The <c>schema</c> property is missing or is not <c>youthjustice-caselevel/1</c>: nothing is read.</summary>
    public const string WrongSchema = "IX-JSON-002";

    /// <summary>A field has the wrong JSON type (text where a number is expected, an object where a list is expected ...).</summary>
    public const string WrongType = "IX-JSON-003";

    /// <summary>A property that the format does not define; it is ignored (a warning).</summary>
    public const string UnknownField = "IX-JSON-004";

    /// <summary>The same property appears twice in one object.</summary>
    public const string DuplicateField = "IX-JSON-005";

    /// <summary>One child object is larger than the reader's limit for a single child.</summary>
    public const string ItemTooLarge = "IX-JSON-006";

    /// <summary>The input is empty (no bytes, or only white space).</summary>
    public const string EmptyDocument = "IX-JSON-007";

    /// <summary>A required field is missing (or <c>null</c>, or an empty CSV cell).</summary>
    public const string MissingField = "IX-FIELD-001";

    /// <summary>A value is not one of the names (or YJB codes) the field accepts.</summary>
    public const string UnknownValue = "IX-FIELD-002";

    /// <summary>A date is not an ISO <c>yyyy-MM-dd</c> calendar date.</summary>
    public const string BadDate = "IX-FIELD-003";

    /// <summary>A number is outside the range the field allows (negative hours, a year out of range ...).</summary>
    public const string OutOfRange = "IX-FIELD-004";

    /// <summary>An identifier is blank, too long or has surrounding white space.</summary>
    public const string BadIdentifier = "IX-FIELD-005";

    /// <summary>CSV text that is not a number or a boolean where one is expected.</summary>
    public const string BadText = "IX-FIELD-006";

    /// <summary>A value the domain refuses for a reason not covered by a more precise code.</summary>
    public const string InvalidValue = "IX-FIELD-007";

    /// <summary>An item was well formed but is not kept because the item it belongs to was rejected.</summary>
    public const string ParentRejected = "IX-ITEM-001";

    /// <summary>A required column is missing from a CSV header.</summary>
    public const string MissingColumn = "IX-CSV-001";

    /// <summary>A CSV header has a column the file does not define.</summary>
    public const string UnknownColumn = "IX-CSV-002";

    /// <summary>The table set has no <c>children.csv</c>.</summary>
    public const string MissingChildrenFile = "IX-CSV-003";

    /// <summary>A CSV file is empty (no header line).</summary>
    public const string EmptyFile = "IX-CSV-004";

    /// <summary>A CSV row names a child (or offence) that is not in the table set.</summary>
    public const string OrphanRow = "IX-CSV-005";

    /// <summary>A CSV row has more or fewer fields than the header.</summary>
    public const string WrongFieldCount = "IX-CSV-006";

    /// <summary>A CSV header names the same column twice.</summary>
    public const string DuplicateColumn = "IX-CSV-007";

    /// <summary>A KPI return's value does not match its numerator and denominator (a warning).</summary>
    public const string ValueMismatch = "IX-RET-001";

    /// <summary>A file or folder does not exist.</summary>
    public const string NotFound = "IX-IO-001";

    /// <summary>A file or folder exists but could not be read.</summary>
    public const string ReadFailed = "IX-IO-002";
}
