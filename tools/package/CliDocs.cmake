# Writes, from the help of the skinsim just built and of each of its subcommands, the subcommand
# sections of the man page (help2man --include) and the bash completion, so both follow the
# command line as it is. Run by tools/package/CMakeLists.txt:
#   cmake -DSKINSIM=exe -DPRESETS=dir -DMAN_INCLUDE=file -DCOMPLETION=file -P CliDocs.cmake

function(help_of out)
  execute_process(COMMAND ${SKINSIM} ${ARGN} --help OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "skinsim ${ARGN} --help exited ${rc}")
  endif()
  string(REPLACE ";" "," text "${text}") # CMake lists split on ';'
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# roff: a backslash is \e, a minus sign (an option's dashes) \-; a line starting with '.' or ' is
# a request unless escaped with \&.
function(as_roff out text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

help_of(top)
string(REGEX MATCH "Subcommands:\n(.*)" found "${top}")
if(NOT found)
  message(FATAL_ERROR "skinsim --help lists no subcommands")
endif()
string(REPLACE "\n" ";" lines "${CMAKE_MATCH_1}")
set(subcommands "")
foreach(line IN LISTS lines)
  if(line MATCHES "^  ([a-z]+) ")
    list(APPEND subcommands ${CMAKE_MATCH_1})
  endif()
endforeach()

file(GLOB preset_files ${PRESETS}/*.json)
set(presets "")
foreach(f IN LISTS preset_files)
  get_filename_component(name ${f} NAME_WE)
  list(APPEND presets ${name})
endforeach()
list(SORT presets)
list(JOIN presets " " presets)

set(man "[SUBCOMMANDS]\n")
set(cases "")
foreach(sub IN LISTS subcommands)
  help_of(help ${sub})
  as_roff(roff "${help}")
  string(APPEND man ".SS ${sub}\n.nf\n${roff}\n.fi\n")

  # Options: "  -h,--help ...", "  --view TEXT:{patch,face} ...", "  --draws INT:INT in [1 - 4096]".
  string(REPLACE "\n" ";" lines "${help}")
  set(options "")
  set(with_choices "")
  set(with_files "")
  foreach(line IN LISTS lines)
    if(line MATCHES "^  (-[a-zA-Z],)?(--[a-z0-9-]+)( ([A-Z0-9]+)(:{([^}]*)})?)?")
      set(option ${CMAKE_MATCH_2})
      set(type "${CMAKE_MATCH_4}")
      set(choices "${CMAKE_MATCH_6}")
      list(APPEND options ${option})
      if(NOT choices STREQUAL "")
        string(REPLACE "," " " choices "${choices}")
        string(APPEND with_choices "        ${option}) COMPREPLY=($(compgen -W \"${choices}\" -- \"$cur\")); return ;;\n")
      elseif(option STREQUAL "--scenario")
        string(APPEND with_choices "        ${option}) COMPREPLY=($(compgen -W \"${presets}\" -- \"$cur\") $(compgen -f -- \"$cur\")); return ;;\n")
      elseif(type STREQUAL "TEXT")
        list(APPEND with_files ${option})
      elseif(NOT type STREQUAL "")
        string(APPEND with_choices "        ${option}) return ;;\n")
      endif()
    endif()
  endforeach()
  list(JOIN options " " options)
  if(with_files)
    list(JOIN with_files "|" with_files)
    string(APPEND with_choices "        ${with_files}) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n")
  endif()
  # A positional argument (view's scenario) takes a preset or a file.
  set(positional "")
  if(help MATCHES "Positionals:")
    set(positional " $(compgen -W \"${presets}\" -- \"$cur\") $(compgen -f -- \"$cur\")")
  endif()
  string(APPEND cases "    ${sub})\n        case $prev in\n${with_choices}        esac\n"
    "        if [[ $cur == -* ]]; then\n"
    "            COMPREPLY=($(compgen -W \"${options}\" -- \"$cur\"))\n"
    "        else\n            COMPREPLY=(${positional})\n        fi ;;\n")
endforeach()

string(APPEND man "[FILES]\n.TP\n.I /usr/share/skinsim/assets/scenarios/\n"
  "The presets ${presets}, which --scenario takes by name.\n"
  "[SEE ALSO]\nThe README in /usr/share/doc/skinsim for the tissue model, its evidence and the "
  "file formats.\n")
file(WRITE ${MAN_INCLUDE} "${man}")

list(JOIN subcommands " " subcommand_words)
file(WRITE ${COMPLETION} "# bash completion for skinsim, written from its --help by "
  "tools/package/CliDocs.cmake.\n"
  "_skinsim() {\n"
  "    local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} sub=\"\" i\n"
  "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
  "        if [[ \${COMP_WORDS[i]} != -* ]]; then sub=\${COMP_WORDS[i]}; break; fi\n"
  "    done\n"
  "    case $sub in\n"
  "    \"\") COMPREPLY=($(compgen -W \"${subcommand_words} --help --version\" -- \"$cur\")) ;;\n"
  "${cases}"
  "    esac\n"
  "}\n"
  "complete -o filenames -F _skinsim skinsim\n")
