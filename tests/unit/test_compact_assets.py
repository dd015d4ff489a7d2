from patient_guide.compact_assets import compact, compact_site_assets


def test_comments_that_begin_a_line_and_indentation_go_and_code_stays():
    source = ('/* Why this file exists. */\n(function () {\n  /* two\n     lines */\n'
              '  var a = "/* kept */";\n\n  return a;\n})();\n')
    assert compact(source) == '(function () {\nvar a = "/* kept */";\nreturn a;\n})();\n'


def test_only_the_built_copies_change(tmp_path):
    built = tmp_path / "assets" / "quiz" / "quiz.js"
    built.parent.mkdir(parents=True)
    built.write_text("  /* c */\n  go();\n", "utf-8")
    compact_site_assets(tmp_path)
    assert built.read_text("utf-8") == "go();\n"


def test_code_after_a_comment_on_the_same_line_is_kept():
    assert compact("/* a */ var x = 1;\nvar y = 2; /* t */\nz();\n") == "/* a */ var x = 1;\nvar y = 2; /* t */\nz();\n"
