import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { ApiTags } from '@nestjs/swagger';
import type {
  DirectoryUserDto,
  Page,
  RoleAssignmentDto,
  UserDto,
} from '@tiltak/shared/api-contract';
import { type Actor, isAdmin } from '../../common/actor';
import { forbidden, notFound } from '../../common/errors';
import { requireAdmin } from '../../common/require-admin';
import { CurrentActor } from '../auth';
import {
  AssignRoleDto,
  CreateUserDto,
  ListUsersQuery,
  UpdateMyProfileDto,
  UpdateUserDto,
} from './users.dto';
import { CaseAccessService } from '../access';
import { toDirectoryUserDto, toUserDto, UsersService } from './users.service';
import { ApiContractResponse } from '../../openapi/api-decorators';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly cases: CaseAccessService,
  ) {}

  /**
   * With `caseId`: the case's directory, name and e-mail of the people who may be made responsible for
   * its measures (a role in the case's unit subtree, or one above it that covers it); for those who
   * may change the case. Without: every user, for admins only (others get 403); admins may also ask
   * for the deactivated ones (`status`).
   */
  @Get()
  @ApiContractResponse(['UserDto', 'DirectoryUserDto'], 'page')
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListUsersQuery,
  ): Promise<Page<UserDto> | Page<DirectoryUserDto>> {
    if (query.status !== 'active') requireAdmin(actor, 'list deactivated users');
    if (query.caseId) {
      const { scope } = await this.cases.load(actor, query.caseId, 'edit');
      return this.users.directory(scope, query.q, query.page, query.pageSize);
    }
    if (!isAdmin(actor))
      throw forbidden('list users without a case: give caseId to search the people of a case');
    return this.users.list(query.q, query.status, query.page, query.pageSize);
  }

  @Patch('me')
  @ApiContractResponse('UserDto')
  updateMe(@CurrentActor() actor: Actor, @Body() dto: UpdateMyProfileDto): Promise<UserDto> {
    return this.users.update(actor, actor.userId, dto);
  }

  /** Admins and the user themself see everything; others see an active user's name and e-mail, and no deactivated user. */
  @Get(':id')
  @ApiContractResponse(['UserDto', 'DirectoryUserDto'])
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<UserDto | DirectoryUserDto> {
    const user = await this.users.get(id);
    if (isAdmin(actor) || id === actor.userId) return toUserDto(user);
    if (!user.active) throw notFound('User');
    return toDirectoryUserDto(user);
  }

  @Post()
  @ApiContractResponse('UserDto')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserDto> {
    requireAdmin(actor, 'create users');
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  @ApiContractResponse('UserDto')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserDto> {
    requireAdmin(actor, 'change other users');
    return this.users.update(actor, id, dto);
  }

  @Get(':id/roles')
  @ApiContractResponse('RoleAssignmentDto', 'array')
  roles(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<RoleAssignmentDto[]> {
    if (id !== actor.userId) requireAdmin(actor, "read other users' roles");
    return this.users.roles(id);
  }

  @Post(':id/roles')
  @ApiContractResponse('RoleAssignmentDto', 'array')
  assignRole(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: AssignRoleDto,
  ): Promise<RoleAssignmentDto[]> {
    requireAdmin(actor, 'assign roles');
    return this.users.assignRole(actor, id, dto);
  }

  @Delete(':id/roles/:assignmentId')
  @ApiContractResponse('RoleAssignmentDto', 'array')
  removeRole(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Param('assignmentId', ParseIdPipe) assignmentId: string,
  ): Promise<RoleAssignmentDto[]> {
    requireAdmin(actor, 'remove roles');
    return this.users.removeRole(actor, id, assignmentId);
  }
}
