using System.Reflection;
using System.Text;

namespace YouthJustice.Interchange.Quality;

/// <summary>
/// A short title for every issue code: a data-quality rule's own title (<c>DQ-002</c> "Dangling offence id"), or the
/// name the Interchange gives the code (<c>IssueCodes.MissingField</c> → "Missing field").
/// </summary>
public static class IssueTitles
{
    private static readonly Dictionary<string, string> ByCode = typeof(IssueCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .ToDictionary(f => (string)f.GetRawConstantValue()!, f => Words(f.Name), StringComparer.Ordinal);

    /// <summary>The title of an issue code, or the code itself when it is not one of the library's.</summary>
    /// <param name="code">The code (<c>DQ-002</c>, <c>IX-CSV-003</c>).</param>
    /// <returns>The title.</returns>
    public static string For(string code)
        => DataQualityRule.FromId(code)?.Title ?? ByCode.GetValueOrDefault(code, code);

    private static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
