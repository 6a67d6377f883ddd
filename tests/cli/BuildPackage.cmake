# The package_tests fixture: the .deb of this build tree (cpack -G DEB) in DIR/pkg and unpacked
# with `dpkg -x` into DIR/root, as apt would install it but without touching the system.
#   cmake -DCPACK=cpack -DBUILD_DIR=build -DDIR=out -P BuildPackage.cmake
file(REMOVE_RECURSE ${DIR})
file(MAKE_DIRECTORY ${DIR})
execute_process(COMMAND ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${DIR}/pkg
  WORKING_DIRECTORY ${DIR} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack exited ${rc}")
endif()
file(GLOB debs ${DIR}/pkg/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "cpack made ${count} .deb files: ${debs}")
endif()
execute_process(COMMAND dpkg -x ${debs} ${DIR}/root RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg -x exited ${rc}")
endif()
