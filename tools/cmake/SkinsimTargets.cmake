# Helpers shared by every skinsim target: warnings, and the rule that the model layers never see
# Vulkan, GLFW or ImGui (DESIGN.md section 1).

function(skinsim_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(SKINSIM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# A model layer: core, skin, tissue, treatment, sim, analysis. The folder tools/cmake/forbidden
# shadows <vulkan/...>, <GLFW/...> and <imgui.h> with headers that stop the compile, so a model
# layer that includes them fails to build even though Debian puts them on the default path.
set(SKINSIM_FORBIDDEN_INCLUDE_DIR ${CMAKE_CURRENT_LIST_DIR}/forbidden)

function(skinsim_model_layer target)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
  add_library(${target} STATIC ${ARG_SOURCES})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/engine)
  target_include_directories(${target} BEFORE PRIVATE ${SKINSIM_FORBIDDEN_INCLUDE_DIR})
  target_link_libraries(${target} PUBLIC ${ARG_DEPENDS})
  skinsim_warnings(${target})
endfunction()
