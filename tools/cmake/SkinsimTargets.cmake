# Helpers shared by every skinsim target: warnings, the rule that the model layers never see
# Vulkan, GLFW or ImGui, and the rule that the app layer never sees GLFW or ImGui (DESIGN.md
# section 1).

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
# <GLFW/...> and <imgui.h> the way tools/cmake/forbidden does for the model layers.
set(SKINSIM_FORBIDDEN_WINDOW_INCLUDE_DIR ${CMAKE_CURRENT_LIST_DIR}/forbidden-window)
set(SKINSIM_WINDOWLESS_FORBIDDEN_DIRS ${SKINSIM_FORBIDDEN_WINDOW_INCLUDE_DIR})

function(skinsim_windowless_layer target)
  skinsim_guarded_layer(${target} "${SKINSIM_WINDOWLESS_FORBIDDEN_DIRS}" ${ARGN})
endfunction()
