namespace TrierBot.Dialogs.Conversations;

/// <summary>The registered guided topics, in menu order: adding a topic means adding its descriptor here.</summary>
public static class TopicCatalog
{
    public static readonly IReadOnlyList<TopicDescriptor> All =
    [
        CareerOrientationTopic.Descriptor,
        LiteracyTopic.Descriptor,
        MintTopic.Descriptor,
        CounsellingTopic.Descriptor,
        CourseSearchTopic.Descriptor,
    ];

    public static TopicDescriptor? Find(string? intent) => All.FirstOrDefault(t => t.Intent == intent);
}
