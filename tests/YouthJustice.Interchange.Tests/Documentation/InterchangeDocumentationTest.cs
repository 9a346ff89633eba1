using System.Reflection;
using System.Text.RegularExpressions;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Health;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Quality;

namespace YouthJustice.Interchange.Tests.Documentation;

/// <summary>docs/interchange.md stays true: every row of its bad-input table names a test that exists, and it lists every code and accepted value.</summary>
public partial class InterchangeDocumentationTest
{
    private static readonly string Page = RepositoryFiles.Read("docs/interchange.md");

    [Fact]
    public void Every_row_of_the_bad_input_table_names_an_existing_test()
    {
        var section = Page[Page.IndexOf("## 5. Every kind of bad input", System.StringComparison.Ordinal)..Page.IndexOf("## 6. Writing", System.StringComparison.Ordinal)];
        var rows = section.Split('\n').Where(l => l.StartsWith("| ", System.StringComparison.Ordinal) && !l.StartsWith("| bad input", System.StringComparison.Ordinal)).ToList();
        var tests = typeof(InterchangeDocumentationTest).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .Select(m => m.Name)
            .ToHashSet();

        rows.Should().HaveCountGreaterThan(50);
        foreach (var row in rows)
        {
            var named = TestName().Matches(row.Split('|')[^2]).Select(m => m.Groups[1].Value).ToList();
            named.Should().NotBeEmpty("every row names its test: {0}", row);
            tests.Should().Contain(named, "the row {0} names tests that exist", row);
        }
    }

    [Fact]
    public void Every_issue_code_and_rule_is_documented()
    {
        var codes = typeof(IssueCodes).GetFields().Select(f => (string)f.GetValue(null)!).Concat(DataQualityRule.List.Select(r => r.Id));

        foreach (var code in codes)
        {
            Page.Should().Contain($"| `{code}` |", "{0} has its row", code);
        }
    }

    [Fact]
    public void Every_accepted_enumeration_value_is_documented()
    {
        var accepted = Sex.List.SelectMany(v => new[] { v.Name, v.YjbCode })
            .Concat(Ethnicity.List.Select(v => v.Name))
            .Concat(OffenceCategory.List.SelectMany(v => new[] { v.Name, v.YjbCode }))
            .Concat(Disposal.List.SelectMany(v => new[] { v.Name, v.YjbCode }))
            .Concat(AppealStatus.List.SelectMany(v => new[] { v.Name, v.YjbText }))
            .Concat(AccommodationType.List.SelectMany(v => v.YjbCodes.Prepend(v.Name)))
            .Concat(Suitability.List.SelectMany(v => new[] { v.Name, v.YjbCode }))
            .Concat(EteProvision.List.SelectMany(v => new[] { v.Name, v.YjbCode }))
            .Concat(MentalHealthIntervention.List.SelectMany(v => new[] { v.Name, v.YjbCode }))
            .Concat(SubstanceMisuseIntervention.List.SelectMany(v => new[] { v.Name, v.YjbCode }))
            .Concat(CareStatus.List.Select(v => v.Name))
            .Concat(BoardSector.List.Select(v => v.Name))
            .Where(v => v is not null);

        foreach (var value in accepted)
        {
            Page.Should().Contain($"`{value}`", "the accepted value {0} is documented", value);
        }
    }

    [GeneratedRegex("`([A-Za-z0-9_]+)`")]
    private static partial Regex TestName();
}
