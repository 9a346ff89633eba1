using System.Reflection;
using YouthJustice.Domain.Gravity;

namespace YouthJustice.Domain.Tests.Gravity;

/// <summary>
/// The three gravity scales (NPCC 1-5, ACPO 1-4, YJB seriousness 1-8) are never interchangeable (domain-rules §2, §7 #5):
/// no conversion operator and no member that takes or returns another scale.
/// </summary>
public class GravityScalesTest
{
    private static readonly Type[] Scales = [typeof(ChildGravityScore), typeof(AcpoGravityScore), typeof(SeriousnessScore)];

    [Fact]
    public void Gravity_scores_have_no_conversion_operators()
    {
        foreach (var scale in Scales.Where(s => s != typeof(SeriousnessScore)))
        {
            scale.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(m => m.Name is "op_Implicit" or "op_Explicit")
                .Should().BeEmpty($"{scale.Name} must not convert to or from another scale");
        }
    }

    [Fact]
    public void No_gravity_score_member_mentions_another_scale()
    {
        foreach (var scale in Scales)
        {
            var others = Scales.Where(s => s != scale).ToArray();
            var members = scale.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name is not ("CompareTo" or "Equals"))
                .Where(m => others.Contains(m.ReturnType) || m.GetParameters().Any(p => others.Contains(p.ParameterType)));

            members.Should().BeEmpty($"{scale.Name} must not convert to another scale");
        }
    }
}
