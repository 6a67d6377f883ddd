# Helpers shared by every skinsim target: warnings, the rule that the model layers never see
# Vulkan, GLFW or ImGui, and the rule that the app layer never sees GLFW, ImGui or the studio
# (DESIGN.md section 1).

function(skinsim_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(SKINSIM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# A layer whose include path starts with `forbidden_dirs` (one folder or a list): headers there
# shadow the ones the layer must not see and stop the compile with a message that names the rule.
function(skinsim_guarded_layer target forbidden_dirs)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
  add_library(${target} STATIC ${ARG_SOURCES})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/engine)
  target_include_directories(${target} BEFORE PRIVATE ${forbidden_dirs})
  target_link_libraries(${target} PUBLIC ${ARG_DEPENDS})
  skinsim_warnings(${target})
endfunction()

# A model layer: core, skin, tissue, treatment, sim, analysis. The folder tools/cmake/forbidden
# shadows <vulkan/...>, <GLFW/...> and <imgui.h> with headers that stop the compile, so a model
# layer that includes them fails to build even though Debian puts them on the default path.
set(SKINSIM_FORBIDDEN_INCLUDE_DIR ${CMAKE_CURRENT_LIST_DIR}/forbidden)

function(skinsim_model_layer target)
  skinsim_guarded_layer(${target} ${SKINSIM_FORBIDDEN_INCLUDE_DIR} ${ARGN})
endfunction()

# A windowless layer: app, the consultation workflow the CLI and the studio share. It renders
# (Vulkan, through skinsim_render) but never opens a window: tools/cmake/forbidden-window shadows
# <GLFW/...> and <imgui.h> the way tools/cmake/forbidden does for the model layers. Nor does it
# build on the studio, which builds on it: a header of the same name as each of engine/ui's,
# written into the build tree here, stops the compile too.
set(SKINSIM_FORBIDDEN_WINDOW_INCLUDE_DIR ${CMAKE_CURRENT_LIST_DIR}/forbidden-window)
set(SKINSIM_FORBIDDEN_STUDIO_INCLUDE_DIR ${PROJECT_BINARY_DIR}/forbidden-studio)
file(GLOB studio_headers RELATIVE ${PROJECT_SOURCE_DIR}/engine CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/engine/ui/*.hpp)
foreach(header ${studio_headers})
  string(CONCAT shadow
    "// Written by tools/cmake/SkinsimTargets.cmake: it shadows engine/${header} for skinsim's\n"
    "// windowless layers (app), which the studio builds on. See DESIGN.md section 1.\n"
    "#error \"A skinsim windowless layer may not include the studio (engine/ui), which builds on it\"\n")
  file(CONFIGURE OUTPUT ${SKINSIM_FORBIDDEN_STUDIO_INCLUDE_DIR}/${header} CONTENT "${shadow}")
endforeach()
set(SKINSIM_WINDOWLESS_FORBIDDEN_DIRS
    ${SKINSIM_FORBIDDEN_WINDOW_INCLUDE_DIR} ${SKINSIM_FORBIDDEN_STUDIO_INCLUDE_DIR})

function(skinsim_windowless_layer target)
  skinsim_guarded_layer(${target} "${SKINSIM_WINDOWLESS_FORBIDDEN_DIRS}" ${ARGN})
endfunction()
