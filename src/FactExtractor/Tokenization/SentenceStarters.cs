using FactExtractor.Text;

namespace FactExtractor.Tokenization;

/// <summary>Words shared by the tokenizer and the sentence splitter to tell a sentence start from a name.</summary>
internal static class SentenceStarters
{
    // Capitalised words that begin a sentence far more often than they continue a name: after an abbreviation that
    // may end a sentence ("Inc.", "U.S.") only these, or an opening quote, end it.
    public static readonly SpanLookup Words = new(
    [
        "The", "A", "An", "It", "Its", "It's", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "Here", "In", "On", "At", "By", "For", "From", "To", "With", "Without", "But", "And", "Or", "So", "Yet", "As", "After",
        "Before", "While", "When", "Where", "If", "Although", "Though", "Because", "Since", "Meanwhile", "However", "Moreover",
        "Furthermore", "Also", "According", "Last", "Next", "Some", "Many", "Most", "Both", "All", "Each", "Other", "Another",
        "His", "Her", "Their", "Our", "My", "Your", "Shares", "Analysts", "Sales", "Such", "Now", "Then", "Still", "Under",
        "Despite", "During", "Until", "Once", "What", "Why", "How", "Who", "Which", "No", "Not", "Neither", "Several",
    ]);
}
