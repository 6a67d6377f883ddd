// skinsim report --out R.pdf end to end, read back with poppler-utils as a reader of the PDF
// would see it: A4 pages (pdfinfo), "Simulated" on every page and the outcome range and sources
// in the text (pdftotext), the skin pictures on the page (pdftoppm). No poppler-utils or no
// chromium is a failure with a message saying what to install, never a skip.

#include "../unit/core/TempDir.hpp"
#include "ReportScenario.hpp"
#include "RunSkinsim.hpp"
#include "core/ImageIo.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <regex>

using skinsim::test::runCommand;
using skinsim::test::runSkinsim;
using skinsim::test::writeReportScenario;

namespace {

constexpr const char* kNoPoppler =
    "pdfinfo not found: the PDF report tests read the PDF with poppler-utils (tools/deps.sh "
    "installs it: apt-get install poppler-utils)";

bool havePoppler() {
    return runCommand("command -v pdfinfo pdftotext pdftoppm").exitCode == 0;
}

/// How many times `pattern` matches in `text`.
long count(const std::string& text, const std::regex& pattern) {
    return std::distance(std::sregex_iterator(text.begin(), text.end(), pattern),
                         std::sregex_iterator());
}

/// pdftotext of page `page` (1-based), laid out as printed.
std::string pageText(const std::filesystem::path& pdf, int page) {
    const std::string n = std::to_string(page);
    return runCommand("pdftotext -layout -f " + n + " -l " + n + " " + pdf.string() + " -").output;
}

/// The whole text with runs of white space as one space (a citation may wrap across lines).
std::string flatText(const std::filesystem::path& pdf) {
    const std::string text = runCommand("pdftotext " + pdf.string() + " -").output;
    return std::regex_replace(text, std::regex("\\s+"), " ");
}

/// One report written as PDF for all the tests below (a few seconds; they only read it).
class ReportPdf : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new skinsim::test::TempDir;
        pdf_ = *dir_ / "sub" / "report.pdf";
        // The intermediate HTML goes into a temporary folder: here, to see that it is removed.
        std::filesystem::create_directories(*dir_ / "tmp");
        result_ = runSkinsim("report --scenario " + writeReportScenario(*dir_).string() +
                                 " --out " + pdf_.string(),
                             "TMPDIR=" + (*dir_ / "tmp").string());
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    void SetUp() override {
        ASSERT_TRUE(havePoppler()) << kNoPoppler;
        ASSERT_EQ(result_.exitCode, 0) << result_.output;
    }
    static int pages() {
        const std::string info = runCommand("pdfinfo " + pdf_.string()).output;
        std::smatch m;
        return std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(m[1]) : 0;
    }

    static inline skinsim::test::TempDir* dir_ = nullptr;
    static inline std::filesystem::path pdf_;
    static inline skinsim::test::CommandResult result_;
};

} // namespace

TEST_F(ReportPdf, IsWrittenAloneThroughATemporaryFileAndLeavesNoTemporaryFolder) {
    EXPECT_NE(result_.output.find("Wrote " + pdf_.string()), std::string::npos) << result_.output;
    int files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(pdf_.parent_path())) {
        ++files;
    }
    EXPECT_EQ(files, 1);
    EXPECT_TRUE(std::filesystem::is_empty(*dir_ / "tmp"));
}

TEST_F(ReportPdf, EveryPageIsA4) {
    const std::string info = runCommand("pdfinfo -f 1 -l 100 " + pdf_.string()).output;
    const int n = pages();
    EXPECT_GE(n, 3) << info; // text, plots, pictures: 5 pages for this scenario
    EXPECT_LE(n, 8) << info;
    // 210 x 297 mm is 595.28 x 841.89 pt; Chromium writes 594.96 x 841.92.
    const std::regex a4("Page +\\d+ size: +59[45]\\.\\d+ x 84[12]\\.\\d+ pts \\(A4\\)");
    const auto sizes =
        std::distance(std::sregex_iterator(info.begin(), info.end(), a4), std::sregex_iterator());
    EXPECT_EQ(sizes, n) << info;
}

TEST_F(ReportPdf, EveryPageIsStampedSimulated) {
    const int n = pages();
    ASSERT_GT(n, 0);
    for (int page = 1; page <= n; ++page) {
        EXPECT_NE(
            pageText(pdf_, page).find("Simulated result \u2014 not an actual patient outcome"),
            std::string::npos)
            << "page " << page;
    }
}

TEST_F(ReportPdf, TheTextHasTheOutcomeRangeAndTheSources) {
    const std::string text = flatText(pdf_);
    EXPECT_NE(text.find("Poor (p10) Typical (p50) Good (p90)"), std::string::npos) << text;
    EXPECT_TRUE(std::regex_search(text, std::regex("One patient in ten gets \\d+% or less")))
        << text;
    EXPECT_TRUE(std::regex_search(text, std::regex("one in ten gets \\d+% or more"))) << text;
    EXPECT_NE(text.find("Where the numbers come from"), std::string::npos) << text;
    EXPECT_NE(text.find("Goodman & Baron, Dermatol Surg 2006"), std::string::npos) << text;
}

TEST_F(ReportPdf, ThePicturesPageShowsTheSkinSharpAtPrintResolution) {
    // The pictures start on a page of their own (print CSS): the one headed "Before and after".
    int first = 0;
    for (int page = 1; page <= pages() && first == 0; ++page) {
        first = pageText(pdf_, page).find("Before and after") != std::string::npos ? page : 0;
    }
    ASSERT_GT(first, 0);
    const std::string n = std::to_string(first);
    const auto png = *dir_ / "page";
    const auto r = runCommand("pdftoppm -r 100 -png -singlefile -f " + n + " -l " + n + " " +
                              pdf_.string() + " " + png.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    auto shot = skinsim::readPng(png.string() + ".png");
    ASSERT_TRUE(shot) << shot.error().message;
    EXPECT_EQ(shot->width, 827); // 210 mm at 100 dpi
    EXPECT_EQ(shot->height, 1170);
    long skin = 0;
    for (int y = 0; y < shot->height; ++y) {
        for (int x = 0; x < shot->width; ++x) {
            const std::uint8_t* p = shot->at(x, y);
            skin += p[0] > p[1] && p[1] > p[2] && p[0] - p[2] > 60 ? 1 : 0;
        }
    }
    const double share = double(skin) / (double(shot->width) * shot->height);
    EXPECT_GT(share, 0.1) << "skin-coloured share of page " << first << ": " << share;
    // The embedded pictures themselves: 1080 px across a 91 mm picture, about 300 dpi.
    const std::string images = runCommand("pdfimages -list " + pdf_.string()).output;
    EXPECT_GE(count(images, std::regex(" 1080 +675 +")), 10) << images;
}

TEST(ReportPdfCli, NoChromiumIsExitOneSayingWhatToInstallAndWritesNothing) {
    skinsim::test::TempDir dir;
    const auto r = runSkinsim("report --scenario " + writeReportScenario(dir).string() + " --out " +
                                  (dir / "r.pdf").string(),
                              "SKINSIM_CHROMIUM=" + (dir / "no-chromium").string());
    EXPECT_EQ(r.exitCode, 1) << r.output;
    EXPECT_NE(r.output.find("apt-get install chromium"), std::string::npos) << r.output;
    EXPECT_FALSE(std::filesystem::exists(dir / "r.pdf"));
}
