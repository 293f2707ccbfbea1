package com.shop.common.web;

import org.apache.dubbo.rpc.RpcException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.DispatcherServlet;

/** RFC 9457 problem bodies for every error of a web application that calls services over Dubbo. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, RpcException.class})
@Import(ProblemDetailsExceptionHandler.class)
public class WebErrorsAutoConfiguration {}
